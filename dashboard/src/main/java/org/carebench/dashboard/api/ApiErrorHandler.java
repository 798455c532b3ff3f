package org.carebench.dashboard.api;

import java.util.Map;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.carebench.dashboard.warehouse.WarehouseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** API errors as {@code {"error": "..."}} bodies that say what was wrong, never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(UnknownReferenceException.class)
    ResponseEntity<Map<String, String>> unknown(UnknownReferenceException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(WarehouseUnavailableException.class)
    ResponseEntity<Map<String, String>> unavailable(WarehouseUnavailableException e) {
        log.warn("Warehouse unavailable: {}", e.getMessage());
        return error(HttpStatus.SERVICE_UNAVAILABLE, "No warehouse data is available yet");
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "Invalid " + e.getName() + ": " + e.getValue());
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
