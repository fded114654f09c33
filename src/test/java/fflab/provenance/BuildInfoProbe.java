package fflab.provenance;

/** Prints the build's git state: BuildInfoTest starts it in a child JVM in another folder. */
public final class BuildInfoProbe {
    private BuildInfoProbe() {}

    public static void main(String[] args) {
        GitInfo.GitState git = BuildInfo.git();
        System.out.println(git.commit() + " " + git.dirty());
    }
}
