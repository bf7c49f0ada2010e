/**
 * careerfit in one dependency: the core, the quiz engine and the built-in data providers. This
 * artifact holds no code of its own; depend on it when you want everything.
 *
 * @since 0.1
 */
package dev.careerfit.all;
