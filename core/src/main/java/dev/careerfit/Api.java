package dev.careerfit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API status of a public type, on every public type of every published careerfit jar, as JUnit marks its own
 * with apiguardian's {@code @API}. careerfit has its own annotation rather than apiguardian's so that core keeps to
 * the JDK alone and a user needs no extra jar; the statuses are the three JUnit uses most. {@code ApiStatusTest}
 * (architecture-tests) checks that no public type lacks one.
 *
 * @since 0.5
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Api(Api.Status.STABLE)
public @interface Api {
    /** The type's status. */
    Status value();

    /** How far a user can rely on a type's shape. */
    @Api(Api.Status.STABLE)
    enum Status {
        /** Kept as it is within a major version; changed only with notice. */
        STABLE,
        /** New or an extension point still settling: may change in a minor version. */
        EXPERIMENTAL,
        /** Public only for careerfit's own modules; not for use outside careerfit. */
        INTERNAL
    }
}
