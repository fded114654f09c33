/**
 * The claims page, {@code reports/index.html}: one row per headline claim of the papers fflab
 * reproduces ({@code experiments/claims/claims.yaml}), the paper's number beside fflab's measurement read
 * from the run folders, a verdict by a stated rule, and links to every experiment's report.
 * Depends on {@code fflab.report} (run folders, training dynamics) and {@code fflab.stats}; nothing
 * depends on it but the command line.
 */
package fflab.claims;
