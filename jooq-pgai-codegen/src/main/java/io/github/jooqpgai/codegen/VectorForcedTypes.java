package io.github.jooqpgai.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.ForcedTypeObjectType;

/**
 * Builds jOOQ forced types that give each vector column the jooq-pgai type and a binding constructed with
 * the column's dimensions. Columns sharing a type and dimension share one forced type whose expression lists
 * exactly those columns; the expression switches off case-insensitive and comments mode so that quoted,
 * mixed-case and whitespace-carrying names match themselves and nothing else.
 */
final class VectorForcedTypes {

    /** Below any user-configured forced type (default priority 0), so users can override a column. */
    static final int PRIORITY = Integer.MIN_VALUE + 1;

    private VectorForcedTypes() {
    }

    static List<ForcedType> of(List<VectorColumn> columns) {
        Map<String, List<VectorColumn>> byBinding = columns.stream()
                .collect(Collectors.groupingBy(VectorColumn::bindingExpression, LinkedHashMap::new, Collectors.toList()));
        List<ForcedType> result = new ArrayList<>();
        byBinding.forEach((binding, group) -> result.add(new ForcedType()
                .withUserType(group.get(0).kind().javaType())
                .withBinding(binding)
                .withObjectType(ForcedTypeObjectType.COLUMN)
                .withIncludeExpression(exactNames(group))
                .withPriority(PRIORITY)));
        return result;
    }

    static String exactNames(List<VectorColumn> group) {
        return group.stream()
                .map(c -> Pattern.quote(c.schema() + "." + c.table() + "." + c.column()))
                .collect(Collectors.joining("|", "(?-ix)(?:", ")"));
    }
}
