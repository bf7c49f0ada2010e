package dev.careerfit.web.internal;

import dev.careerfit.quiz.json.QuizJson;

/**
 * What one request may carry: as much as the command line reads from an answers or session file (2 MiB, with the
 * same nesting and length limits, which the quiz engine's reader applies), and a few bounds of the app's own.
 */
final class Limits {
    /** The largest request body or uploaded file, as the CLI's largest answers file. */
    static final int MAX_BODY_BYTES = QuizJson.MAX_FILE_BYTES;
    /** The most occupations a ranking lists: more than any catalog holds today, bounding a reply's size. */
    static final int MAX_LIMIT = 10_000;
    /** The longest search text or place, in characters. */
    static final int MAX_QUERY_CHARS = 200;
    /** The most roles a search lists on a page. */
    static final int SEARCH_SHOWN = 50;

    private Limits() {}
}
