package org.accord.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.accord.notification.Notification;
import org.accord.notification.NotificationService;

/** The newest notifications for the caller's country's 24/7 contact (oversight auditors: every country's). */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService notifications;

    public record NotificationView(String country, String contact, String kind, String subject, String text,
            Instant at) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getCountry(), n.getContact(), n.getKind(), n.getSubject(), n.getText(),
                    n.getCreatedAt());
        }
    }

    @GET
    public List<NotificationView> recent() {
        return notifications.recent(100).stream().map(NotificationView::of).toList();
    }
}
