package io.patentdesk.inference.chat;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.Map;

/**
 * Hugging Face's {@code tojson}: {@code json.dumps(value, ensure_ascii=False, indent=indent, separators=separators,
 * sort_keys=sort_keys)}, not Jinja's HTML-safe one (which would write {@code <} as {@code \u003c} into prompts).
 */
public final class TojsonFilter implements Filter {

    @Override
    public String getName() {
        return "tojson";
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        return filter(var, interpreter, args, Map.of());
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        Object indent = kwargs.containsKey("indent") ? kwargs.get("indent") : (args.length > 0 ? args[0] : null);
        Integer spaces = indent == null ? null : Integer.valueOf(indent.toString().trim());
        boolean ascii = Boolean.parseBoolean(String.valueOf(kwargs.getOrDefault("ensure_ascii", false)));
        boolean sort = Boolean.parseBoolean(String.valueOf(kwargs.getOrDefault("sort_keys", false)));
        PythonJson.Options options = PythonJson.Options.of(spaces, ascii, sort);
        if (kwargs.get("separators") instanceof java.util.List<?> seps && seps.size() == 2) {
            options = new PythonJson.Options(spaces, ascii, sort, String.valueOf(seps.get(0)), String.valueOf(seps.get(1)));
        }
        return new PythonJson(options).dump(var);
    }
}
