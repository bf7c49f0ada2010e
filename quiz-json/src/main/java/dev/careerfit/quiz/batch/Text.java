package dev.careerfit.quiz.batch;

/** Writing text values into JSON and CSV lines by hand: a batch writes millions of them. */
final class Text {
    private Text() {}

    /** {@code value} as a JSON string, quotes and escapes included. */
    static StringBuilder quote(StringBuilder sb, String value) {
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /** {@code value} as a CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    static StringBuilder csv(StringBuilder sb, String value) {
        boolean plain = true;
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c != ',' && c != '"' && c != '\n' && c != '\r';
        }
        return plain ? sb.append(value) : sb.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
