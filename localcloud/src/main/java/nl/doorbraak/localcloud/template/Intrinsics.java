package nl.doorbraak.localcloud.template;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates CloudFormation intrinsic functions in a resource's properties: {@code Ref} (parameters, pseudo
 * parameters, resources), {@code Fn::GetAtt}, {@code Fn::Sub} (both forms, {@code ${!Literal}}), {@code Fn::Join},
 * {@code Fn::If} with the template's {@code Conditions} ({@code Fn::Equals/Not/And/Or}, {@code Condition}),
 * {@code Fn::Select}, {@code Fn::Split}, {@code Fn::FindInMap}, {@code Fn::ToJsonString}; {@code AWS::NoValue}
 * removes the property. Anything else fails, naming the resource.
 */
public final class Intrinsics {
    /** Marks a value removed by {@code Ref: AWS::NoValue}. */
    private static final Object NO_VALUE = new Object();

    private final Template template;
    private final Stack stack;

    public Intrinsics(Template template, Stack stack) {
        this.template = template;
        this.stack = stack;
    }

    public Stack stack() {
        return stack;
    }

    /** Resolves every intrinsic inside {@code value}; {@code where} names the resource for error messages. */
    public Object resolve(Object value, String where) {
        Object out = eval(value, where);
        return out == NO_VALUE ? null : out;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> resolveMap(Object value, String where) {
        Object out = resolve(value, where);
        return out == null ? new LinkedHashMap<>() : (Map<String, Object>) out;
    }

    public boolean condition(String name, String where) {
        Object spec = template.conditions().get(name);
        if (spec == null) {
            throw TemplateException.at(where, "unknown condition " + name);
        }
        return truth(eval(spec, where), where);
    }

    private Object eval(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            if (TemplateLoader.isIntrinsic(map)) {
                var entry = map.entrySet().iterator().next();
                return function(String.valueOf(entry.getKey()), entry.getValue(), where);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (var e : map.entrySet()) {
                Object v = eval(e.getValue(), where);
                if (v != NO_VALUE) {
                    out.put(String.valueOf(e.getKey()), v);
                }
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                Object v = eval(item, where);
                if (v != NO_VALUE) {
                    out.add(v);
                }
            }
            return out;
        }
        return value;
    }

    private Object function(String name, Object arg, String where) {
        return switch (name) {
            case "Ref" -> ref(String.valueOf(eval(arg, where)), where);
            case "Fn::GetAtt" -> getAtt(arg, where);
            case "Fn::Sub" -> sub(arg, where);
            case "Fn::Join" -> {
                List<?> args = list(eval(arg, where), name, 2, where);
                List<String> parts = new ArrayList<>();
                for (Object o : list(args.get(1), name, -1, where)) {
                    parts.add(scalar(o, name, where));
                }
                yield String.join(String.valueOf(args.get(0)), parts);
            }
            case "Fn::Select" -> {
                List<?> args = list(eval(arg, where), name, 2, where);
                List<?> from = list(args.get(1), name, -1, where);
                int index = Integer.parseInt(String.valueOf(args.get(0)));
                if (index < 0 || index >= from.size()) {
                    throw TemplateException.at(where, "Fn::Select index " + index + " is out of bounds");
                }
                yield from.get(index);
            }
            case "Fn::Split" -> {
                List<?> args = list(eval(arg, where), name, 2, where);
                yield List.of(String.valueOf(args.get(1)).split(java.util.regex.Pattern.quote(String.valueOf(args.get(0))), -1));
            }
            case "Fn::If" -> {
                List<?> args = list(arg, name, 3, where);
                yield condition(String.valueOf(args.get(0)), where) ? eval(args.get(1), where) : eval(args.get(2), where);
            }
            case "Fn::Equals" -> {
                List<?> args = list(eval(arg, where), name, 2, where);
                yield String.valueOf(args.get(0)).equals(String.valueOf(args.get(1)));
            }
            case "Fn::Not" -> !truth(list(eval(arg, where), name, 1, where).get(0), where);
            case "Fn::And" -> list(eval(arg, where), name, -1, where).stream().allMatch(v -> truth(v, where));
            case "Fn::Or" -> list(eval(arg, where), name, -1, where).stream().anyMatch(v -> truth(v, where));
            case "Condition" -> condition(String.valueOf(arg), where);
            case "Fn::FindInMap" -> {
                List<?> args = list(eval(arg, where), name, 3, where);
                Object top = TemplateLoader.map(template.mappings().get(String.valueOf(args.get(0))))
                        .get(String.valueOf(args.get(1)));
                Object found = TemplateLoader.map(top).get(String.valueOf(args.get(2)));
                if (found == null) {
                    throw TemplateException.at(where, "Fn::FindInMap found nothing for " + args);
                }
                yield found;
            }
            case "Fn::ToJsonString" -> {
                try {
                    yield new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(eval(arg, where));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw TemplateException.at(where, "Fn::ToJsonString failed: " + e.getMessage());
                }
            }
            default -> throw TemplateException.at(where, name + " is not supported by the local deployer");
        };
    }

    private Object ref(String name, String where) {
        if (name.equals("AWS::NoValue")) {
            return NO_VALUE;
        }
        if (template.parameterValues().containsKey(name)) {
            return template.parameterValues().get(name);
        }
        String pseudo = stack.pseudoParameters().get(name);
        if (pseudo != null) {
            return pseudo;
        }
        Resource r = template.resources().get(name);
        int dot = name.lastIndexOf('.');
        if (r == null && dot > 0 && template.resources().get(name.substring(0, dot)) instanceof Resource fn
                && fn.type().equals("AWS::Serverless::Function")) {
            // SAM's generated references: Fn.Alias (with AutoPublishAlias) and Fn.Version
            String arn = String.valueOf(stack.getAtt(fn, "Arn", this));
            return switch (name.substring(dot + 1)) {
                case "Alias" -> {
                    Object alias = fn.properties().get("AutoPublishAlias");
                    if (alias == null) {
                        throw TemplateException.at(where, "Ref " + name + " needs AutoPublishAlias on " + fn.logicalId());
                    }
                    yield arn + ":" + resolve(alias, fn.logicalId());
                }
                case "Version" -> arn + ":1";
                default -> throw TemplateException.at(where, "Ref to unknown parameter or resource " + name);
            };
        }
        if (r == null) {
            throw TemplateException.at(where, "Ref to unknown parameter or resource " + name);
        }
        return stack.ref(r, this);
    }

    private Object getAtt(Object arg, String where) {
        List<?> args = list(eval(arg, where), "Fn::GetAtt", 2, where);
        String logicalId = String.valueOf(args.get(0));
        Resource r = template.resources().get(logicalId);
        if (r == null) {
            throw TemplateException.at(where, "Fn::GetAtt on unknown resource " + logicalId);
        }
        return stack.getAtt(r, String.valueOf(args.get(1)), this);
    }

    private Object sub(Object arg, String where) {
        String text;
        Map<String, Object> vars = Map.of();
        if (arg instanceof List<?> list) {
            if (list.size() != 2) {
                throw TemplateException.at(where, "Fn::Sub takes a string or [string, {variables}]");
            }
            text = String.valueOf(list.get(0));
            vars = TemplateLoader.map(eval(list.get(1), where));
        } else {
            text = String.valueOf(arg);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("${", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            int end = text.indexOf('}', start);
            if (end < 0) {
                throw TemplateException.at(where, "Fn::Sub has an unclosed ${ in '" + text + "'");
            }
            String expr = text.substring(start + 2, end);
            if (expr.startsWith("!")) {
                out.append("${").append(expr.substring(1)).append('}');
            } else if (vars.containsKey(expr)) {
                out.append(scalar(vars.get(expr), "Fn::Sub", where));
            } else if (expr.contains(".") && !expr.startsWith("AWS::")) {
                int dot = expr.indexOf('.');
                out.append(scalar(getAtt(List.of(expr.substring(0, dot), expr.substring(dot + 1)), where), "Fn::Sub", where));
            } else {
                out.append(scalar(ref(expr, where), "Fn::Sub", where));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static boolean truth(Object value, String where) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw TemplateException.at(where, "expected a condition (true/false) but found " + value);
    }

    private static List<?> list(Object value, String fn, int size, String where) {
        if (!(value instanceof List<?> list) || (size >= 0 && list.size() != size)) {
            throw TemplateException.at(where, fn + " expects " + (size < 0 ? "a list" : "a list of " + size) + " but got " + value);
        }
        return list;
    }

    private static String scalar(Object value, String fn, String where) {
        if (value instanceof Map<?, ?> || value instanceof List<?> || value == null || value == NO_VALUE) {
            throw TemplateException.at(where, fn + " needs a string but got " + value);
        }
        return String.valueOf(value);
    }

    /** Resources whose {@code Condition} holds, in template order. */
    public List<Resource> activeResources() {
        List<Resource> out = new ArrayList<>();
        for (Iterator<Resource> it = template.resources().values().iterator(); it.hasNext(); ) {
            Resource r = it.next();
            if (r.condition() == null || condition(r.condition(), r.logicalId())) {
                out.add(r);
            }
        }
        return out;
    }
}
