package dev.careerfit.cli;

import dev.careerfit.Api;

/**
 * The exit codes of the {@code careerfit} program, the same for the same kind of mistake in every command, as
 * documented once in its help ({@code careerfit --help}) and README. A later adapter that reports problems (the web
 * adapter's 4xx) follows the same split: what the request names cannot be used, or the request itself is wrong.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /**
     * What the command names cannot be used: a file is missing or invalid, a role or provider is unknown, a release
     * cannot be read, a provider the user asked for fails, output cannot be written (standard output too).
     */
    public static final int ERROR = 1;
    /**
     * The command line itself is wrong: an unknown command or option (with the nearest known ones), a missing or
     * malformed argument, a number out of range, options that cannot go together.
     */
    public static final int USAGE = 2;
    /** {@code careerfit batch} scored the input, but some lines could not be scored: see its errors file. */
    public static final int SOME_FAILED = 3;

    private ExitCodes() {}
}
