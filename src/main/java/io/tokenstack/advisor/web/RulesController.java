package io.tokenstack.advisor.web;

import io.tokenstack.advisor.rules.RulesService;
import io.tokenstack.advisor.rules.RulesStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule set in force: every rule with its file and sentence, the knowledge base version
 * and when it was loaded, and the last build or reload attempt with its located errors.
 * Answers 503 with the same body while no knowledge base could be built.
 */
@RestController
class RulesController {

    private final RulesService rules;

    RulesController(RulesService rules) {
        this.rules = rules;
    }

    @GetMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RulesStatus> rules() {
        RulesStatus status = rules.status(true);
        return ResponseEntity.status(status.serving() ? HttpStatus.OK
                : HttpStatus.SERVICE_UNAVAILABLE).body(status);
    }
}
