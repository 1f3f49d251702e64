package org.nutgraf.cli;

import java.io.PrintStream;

/** A progress bar on stderr: {@code [=========>          ] 45/100  3.2/s}, or a count when the total is unknown. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final long start = System.nanoTime();
    private int done;

    Progress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    void step() {
        done++;
        err.print("\r" + line());
        err.flush();
    }

    void done() {
        err.println();
    }

    String line() {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        String rate = String.format("%.1f/s", done / seconds);
        if (total <= 0) {
            return done + " done  " + rate;
        }
        int filled = (int) ((long) WIDTH * done / total);
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? ">" : "") + " ".repeat(WIDTH - filled);
        return "[" + bar + "] " + done + "/" + total + "  " + rate;
    }
}
