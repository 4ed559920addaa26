package nl.doorbraak.handlers.flow;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

import java.util.Map;

/** Publishes notifications to the SNS topic, with type and audience as message attributes for subscription filters. */
final class SnsNotifier implements Notifier {

    private final String topicArn;
    private SnsClient client;

    SnsNotifier(String topicArn) {
        this.topicArn = topicArn;
    }

    @Override
    public void send(Notification n) {
        try {
            client().publish(b -> b.topicArn(topicArn).message(n.toJson()).messageAttributes(Map.of(
                    "type", MessageAttributeValue.builder().dataType("String").stringValue(n.type()).build(),
                    "audience", MessageAttributeValue.builder().dataType("String").stringValue(n.audience()).build(),
                    "tenant", MessageAttributeValue.builder().dataType("String").stringValue(n.tenant()).build())));
        } catch (RuntimeException e) {
            // a notification is a courtesy: the task itself is stored and visible in the app
            System.err.println("notification " + n.type() + " not sent: " + e.getClass().getSimpleName());
        }
    }

    private synchronized SnsClient client() {
        if (client == null) {
            client = SnsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        }
        return client;
    }
}
