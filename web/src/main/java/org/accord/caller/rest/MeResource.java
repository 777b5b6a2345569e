package org.accord.caller.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.accord.caller.Caller;
import org.accord.caller.CurrentCaller;

/** Who am I: the caller as Accord sees them (user, roles, country from the token). */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record MeView(String user, String country, List<String> roles) {
    }

    @Inject
    CurrentCaller currentCaller;

    @GET
    public MeView me() {
        Caller caller = currentCaller.get();
        return new MeView(caller.user(), caller.country(), caller.roles().stream().sorted().toList());
    }
}
