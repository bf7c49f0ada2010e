package dev.careerfit.cli;

import dev.careerfit.quiz.ScoringSettings;

/**
 * How terminal output looks: ANSI colours when they are wanted, block characters for bar charts when
 * the output can show them (else {@code #}).
 *
 * @param colour  whether to emit ANSI colour codes
 * @param unicode whether output can show block characters
 */
record Style(boolean colour, boolean unicode) {
    private static final String RESET = "\u001b[0m";
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    /** No colours, plain ASCII: what tests and files get. */
    static Style plain() {
        return new Style(false, false);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    String green(String text) {
        return paint("32", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String cyan(String text) {
        return paint("36", text);
    }

    /** Green from the good band up, yellow for mixed, red for weak (careerfit's default band thresholds). */
    String score(double score, String text) {
        ScoringSettings bands = ScoringSettings.defaults();
        return score >= bands.goodFrom() ? green(text) : score >= bands.mixedFrom() ? yellow(text) : red(text);
    }

    /** {@code text} followed by spaces to {@code width} characters (never cut): a table column. */
    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** {@code text} cut to {@code width} characters, ending in "..." when it was longer. */
    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private String paint(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + RESET : text;
    }

    /**
     * A horizontal bar {@code width} characters wide, filled to {@code fraction} (clamped to 0..1),
     * in eighths of a character where block characters are available.
     */
    /** A bar of {@code width} cells filled from {@code from} to {@code to} (fractions of the width): a range. */
    String rangeBar(double from, double to, int width) {
        String full = bar(to, width);
        int blank = (int) Math.round(Math.max(0, Math.min(1, from)) * width);
        int start = full.offsetByCodePoints(0, Math.min(blank, full.codePointCount(0, full.length())));
        return (unicode ? " " : ".").repeat(blank) + full.substring(start);
    }

    String bar(double fraction, int width) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        StringBuilder sb = new StringBuilder(width);
        if (unicode) {
            int eighths = (int) Math.round(f * width * 8);
            sb.append("█".repeat(eighths / 8)).append(EIGHTHS[eighths % 8]);
        } else {
            sb.append("#".repeat((int) Math.round(f * width)));
        }
        int pad = width - sb.codePointCount(0, sb.length());
        sb.append(unicode ? " ".repeat(pad) : ".".repeat(pad));
        return sb.toString();
    }
}
