package dev.careerfit.spi;

import dev.careerfit.Api;
import java.util.List;

/**
 * Creates several providers at once, for when the providers are not classes but data, such as one
 * per JSON document found on the class path. Found with {@link java.util.ServiceLoader} like
 * {@link CareerDataProvider}. Most provider authors never implement this: the document module does.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public interface CareerDataProviderFactory {

    /** A name for load reports, e.g. "provider documents". */
    String name();

    /**
     * The providers this factory finds through {@code classLoader}. A provider whose data turns out to
     * be broken should still be returned and fail in its own methods, so the catalog can report it by
     * id or origin while the others load.
     */
    List<CareerDataProvider> createProviders(ClassLoader classLoader);
}
