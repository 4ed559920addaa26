package nl.doorbraak.handlers.flow;

import java.util.Map;

/**
 * The notification seam. On AWS the message goes to the SNS topic ({@code NOTIFICATIONS_TOPIC_ARN}), whose
 * subscribers (mail, SMS, a chat webhook) are the municipality's choice; locally, where there is no SNS, it is an
 * outbox line in the function's log ({@code OUTBOX {...}}). Messages never carry personal data.
 */
public interface Notifier {

    void send(Notification notification);

    /** The outbox in the log. */
    Notifier OUTBOX = n -> System.out.println("OUTBOX " + n.toJson());

    /** SNS when a topic is configured and the endpoint is AWS's; the log outbox otherwise (locally, in tests). */
    static Notifier fromEnv(Map<String, String> env) {
        String topic = env.get("NOTIFICATIONS_TOPIC_ARN");
        String endpoint = env.get("AWS_ENDPOINT_URL");
        if (topic == null || topic.isBlank() || (endpoint != null && !endpoint.isBlank())) {
            return OUTBOX;
        }
        return new SnsNotifier(topic);
    }
}
