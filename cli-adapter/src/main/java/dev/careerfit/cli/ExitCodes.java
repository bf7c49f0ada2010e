package dev.careerfit.cli;

import dev.careerfit.Api;

/**
 * The exit codes of the {@code careerfit} program, as documented in its help and README.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Something went wrong: a file is missing or invalid, a role is unknown, a provider jar cannot be read. */
    public static final int ERROR = 1;
    /** The command line itself is wrong: an unknown option, a missing or malformed argument. */
    public static final int USAGE = 2;
    /** {@code careerfit batch} scored the input, but some lines could not be scored: see its errors file. */
    public static final int SOME_FAILED = 3;


    private ExitCodes() {}
}
