/**
 * Reading publishers' release files as they are published, with every row accounted for, and the
 * compact snapshot format the national providers ship. Used by the O*NET and BLS providers.
 */
module dev.careerfit.release {
    requires transitive dev.careerfit.core;
    requires org.dhatim.fastexcel.reader;

    exports dev.careerfit.release;
}
