package io.github.motcua.kpi.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of motcua-kpi, put on each value package's {@code package-info.java}.
 *
 * <p>Generated types are named {@code Immutable*} and are package-private, overshadowed by their
 * abstract type: a user sees {@code Dossier}, never {@code ImmutableDossier}. A type that users build
 * declares {@code public static Builder builder()} and a nested {@code public static final class
 * Builder extends ImmutableX.Builder {}}, whose setters return {@code X.Builder} and whose {@code
 * build()} returns {@code X}. Generated code carries only {@link Override} from the class path (no
 * {@code @Generated} or error-prone annotations, which break JPMS builds downstream) and uses
 * Guava's immutable collections.
 *
 * <p>The package is not exported: it is exported only to this project's own modules (the style is
 * how we generate code, not part of the API). A province's rule module uses its own style, or none.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface KpiStyle {}
