package org.carebench.dashboard.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.carebench.dashboard.warehouse.AnswerSnapshots;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code Carebench-Snapshot}: the warehouse snapshot (file name) every API answer was read from,
 * written just before the body. Two names, comma-separated, would mean the answer was put together
 * across a publish.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class SnapshotHeader implements ResponseBodyAdvice<Object> {

    public static final String NAME = "Carebench-Snapshot";

    @Override
    public boolean supports(MethodParameter returnType, Class converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        Set<String> snapshots = AnswerSnapshots.current();
        if (!snapshots.isEmpty()) {
            response.getHeaders().set(NAME, String.join(", ", snapshots));
        }
        return body;
    }

    /** Starts and ends every request with no snapshot noted: request threads are pooled. */
    @Component
    static class Reset extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            AnswerSnapshots.clear();
            try {
                chain.doFilter(request, response);
            } finally {
                AnswerSnapshots.clear();
            }
        }
    }
}
