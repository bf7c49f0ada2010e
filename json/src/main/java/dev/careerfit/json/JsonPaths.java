package dev.careerfit.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.careerfit.Api;
import dev.careerfit.Problem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the JSON paths careerfit names in its error messages, e.g. {@code $.roles[0].salaries[1].value}.
 * Field names that are not plain identifiers are quoted: {@code $.percentiles['10']}.
 *
 * @since 0.1
 */
@Api(Api.Status.INTERNAL)
public final class JsonPaths {
    /** The document itself. */
    public static final String ROOT = "$";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {}

    /** {@code parent.name}. */
    public static String field(String parent, String name) {
        // A document may hold a name of any length: the path shows its start and counts the rest.
        String shown = Problem.quote(name);
        return name.length() <= Problem.QUOTED && IDENTIFIER.matcher(name).matches() ? parent + "." + name
                : parent + "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** {@code parent[index]}. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** {@code base} followed by the references Jackson collected while an exception left nested values. */
    public static String of(String base, List<JsonMappingException.Reference> references) {
        String path = base;
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path = field(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path = index(path, ref.getIndex());
            }
        }
        return path;
    }
}
