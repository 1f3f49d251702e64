package org.nutgraf.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.nutgraf.app.SummaryOptions;
import org.nutgraf.summary.Preset;

import java.util.Map;

/**
 * Writes into the OpenAPI document what annotations cannot say without repeating it: each option query parameter
 * is described by the JSON option of the same name (description, type, range, enumeration, default), and the
 * presets by what {@link Preset} gives. Runs at build time, so the served and the stored document agree.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OptionDocs implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> options = openAPI.getComponents().getSchemas().get("SummaryOptions").getProperties();
        Schema preset = options.get(SummaryOptions.PRESET);
        preset.setDescription(preset.getDescription() + " " + Preset.catalogue() + ".");
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getParameters() == null) {
                return;
            }
            for (Parameter parameter : operation.getParameters()) {
                Schema option = options.get(parameter.getName());
                if (parameter.getIn() == Parameter.In.QUERY && option != null) {
                    Schema schema = OASFactory.createSchema();
                    schema.setAll(option.getAll());
                    schema.setDescription(null);
                    parameter.setDescription(option.getDescription());
                    parameter.setSchema(schema);
                }
            }
        }));
    }
}
