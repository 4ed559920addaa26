package nl.doorbraak.localcloud.template;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CloudFormation/SAM template (YAML or JSON) into plain maps, lists and scalars, turning the short-form tags
 * into their long form: {@code !Ref X} → {@code {"Ref": "X"}}, {@code !GetAtt A.B} → {@code {"Fn::GetAtt": ["A","B"]}},
 * {@code !Sub}, {@code !Join}, {@code !If}, {@code !Equals}, {@code !Not}, {@code !And}, {@code !Or},
 * {@code !Condition}, {@code !Select}, {@code !Split}, {@code !FindInMap}, {@code !GetAZs}, {@code !Base64},
 * {@code !ImportValue}, {@code !Cidr}. SnakeYAML comes with Jackson's YAML module already on the class path.
 */
public final class CfnYaml {
    private static final List<String> FUNCTIONS = List.of("GetAtt", "Sub", "Join", "If", "Equals", "Not", "And", "Or",
            "Select", "Split", "FindInMap", "GetAZs", "Base64", "ImportValue", "Cidr", "Length", "ToJsonString");

    private CfnYaml() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        Object doc = new Yaml(new Constructor(options)).load(text);
        if (!(doc instanceof Map<?, ?>)) {
            throw new TemplateException("The template is not a YAML/JSON mapping");
        }
        return (Map<String, Object>) doc;
    }

    private static final class Constructor extends SafeConstructor {
        Constructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(new Tag("!Ref"), new Short("Ref"));
            this.yamlConstructors.put(new Tag("!Condition"), new Short("Condition"));
            for (String fn : FUNCTIONS) {
                this.yamlConstructors.put(new Tag("!" + fn), new Short("Fn::" + fn));
            }
        }

        private final class Short extends AbstractConstruct {
            private final String key;

            Short(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) {
                    String text = scalar.getValue();
                    if (key.equals("Fn::GetAtt")) {
                        int dot = text.indexOf('.');
                        if (dot < 0) {
                            throw new TemplateException("!GetAtt " + text + " needs the form Resource.Attribute");
                        }
                        value = List.of(text.substring(0, dot), text.substring(dot + 1));
                    } else {
                        value = text;
                    }
                } else if (node instanceof SequenceNode seq) {
                    value = constructSequence(seq);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(key, value);
                return out;
            }
        }
    }
}
