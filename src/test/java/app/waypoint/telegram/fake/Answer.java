package app.waypoint.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One HTTP answer of the fake: a status and a JSON body in the Bot API's shape. */
record Answer(int status, String body) {
    static final ObjectMapper JSON = new ObjectMapper();

    static Answer ok(JsonNode result) {
        ObjectNode root = JSON.createObjectNode().put("ok", true);
        root.set("result", result);
        return new Answer(200, root.toString());
    }

    static Answer ok(boolean result) {
        return ok(JSON.getNodeFactory().booleanNode(result));
    }

    static Answer error(int code, String description, int retryAfter) {
        ObjectNode root =
                JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter > 0) root.putObject("parameters").put("retry_after", retryAfter);
        return new Answer(code, root.toString());
    }

    static Answer badRequest(String what) {
        return error(400, "Bad Request: " + what, 0);
    }

    /** Thrown by a method to answer with an error. */
    static final class Failure extends Exception {
        final Answer answer;

        Failure(Answer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    static Failure fail(String badRequest) {
        return new Failure(badRequest(badRequest));
    }
}
