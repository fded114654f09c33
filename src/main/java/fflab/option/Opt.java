package fflab.option;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one option of a model family on a component of its config record: the one place an
 * option is written. Its type comes from the component's Java type (int, long, double, boolean,
 * an enum, a list of ints), its default from the family's preset; from this fflab derives the
 * spec schema and its errors, the {@code fflab train} flags and their help, the canonical config
 * a run id hashes, the Tribuo provenance and {@code docs/options.md}. An option several families
 * declare alike is declared once, on an annotation of {@link SharedOpts} that the components carry.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
public @interface Opt {
    /** The spec key ({@code learning_rate}); the flag is {@code --learning-rate}. */
    String name();

    /** One line of documentation. */
    String doc();

    /** Numbers: the smallest value allowed (integers: inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Numbers: {@link #min} itself is not allowed. */
    boolean minExclusive() default false;

    /** Integers: the largest value allowed (fflab's arrays are int-indexed). */
    long max() default Integer.MAX_VALUE;

    /** Integers: what {@link #max} is, for the error message ("the 28x28 image"); empty: the largest int. */
    String maxWhy() default "";

    /** Integers and lists of them: odd values only ('same' padding). */
    boolean odd() default false;

    /** Further command-line flags, e.g. {@code --lr}. */
    String[] flags() default {};

    /** Whether a spec may sweep over this option (give it a list of values). */
    boolean axis() default true;

    /**
     * For an option added after runs were released: the value that reproduces fflab before the
     * option existed. A run at this value leaves the option out of its canonical config, so its id
     * is the id it always had; any other value is hashed, so two configs never share an id.
     * Empty: the option is always hashed (every option of fflab's first release).
     */
    String sinceDefault() default "";
}
