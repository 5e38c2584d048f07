package io.github.motcua.kpi.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of motcua-kpi, put on each value package's {@code package-info.java}.
 *
 * <p>Generated types are named {@code Immutable*}, public (builders are part of the API), carry only
 * {@link Override} from the class path (no {@code @Generated} or error-prone annotations, which
 * break JPMS builds downstream), and use Guava's immutable collections. Rule modules outside the
 * core may put it on their own packages too.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface KpiStyle {}
