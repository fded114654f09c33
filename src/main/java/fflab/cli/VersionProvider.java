package fflab.cli;

import fflab.FflabVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"fflab " + FflabVersion.get()};
    }
}
