/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.eventgrid.spring.webhook;

import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.eventgrid.spring.event.InvalidPayloadException;
import dev.eventgrid.spring.listener.EventGridDeliveryOutcome;
import dev.eventgrid.spring.listener.EventGridRejectedException;
import dev.eventgrid.spring.listener.EventGridRetryLaterException;
import dev.eventgrid.spring.listener.ListenerArgumentException;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;

/**
 * Chooses the answer to a failure so that Event Grid retries what may succeed later and
 * dead-letters what never will, and logs it without the request's credentials. Failures
 * of listener calls are answered as their error handler's outcome says.
 * <table>
 * <caption>Failures and answers</caption>
 * <tr>
 * <th>failure</th>
 * <th>status</th>
 * <th>Event Grid</th>
 * </tr>
 * <tr>
 * <td>{@link WebhookAuthenticationException}</td>
 * <td>401</td>
 * <td>dead-letters, no retry</td>
 * </tr>
 * <tr>
 * <td>{@link InvalidPayloadException}, {@link EventGridRejectedException}, outcome
 * {@code REJECT}</td>
 * <td>400</td>
 * <td>dead-letters, no retry</td>
 * </tr>
 * <tr>
 * <td>body over the limit</td>
 * <td>413</td>
 * <td>dead-letters, no retry</td>
 * </tr>
 * <tr>
 * <td>{@link EventGridRetryLaterException}, outcome {@code retryLater}</td>
 * <td>503</td>
 * <td>retries, after 30 s at least</td>
 * </tr>
 * <tr>
 * <td>any other exception, outcome {@code retry}</td>
 * <td>500</td>
 * <td>retries</td>
 * </tr>
 * </table>
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookFailures {

	private static final Pattern QUALIFIED_CLASS = Pattern
		.compile("\\b(?:[a-z_][\\w]*\\.)+(?:[A-Z][\\w]*\\$)*([A-Z][\\w]*)");

	private final Log logger;

	private final RefusalLog refusals;

	WebhookFailures(Log logger) {
		this.logger = logger;
		this.refusals = new RefusalLog(logger);
	}

	void setRefusalLogInterval(Duration interval) {
		this.refusals.setInterval(interval);
	}

	/**
	 * Answer a failure that happened before any listener was called.
	 * @param request the request
	 * @param failure the failure
	 * @return the answer
	 */
	WebhookResponse response(WebhookRequest request, Throwable failure) {
		if (failure instanceof WebhookAuthenticationException ex) {
			// why: the kind is the message up to its details, which vary from token to
			// token
			String kind = String.valueOf(ex.getMessage()).split(":", 2)[0];
			this.refusals.warn("401 " + kind,
					() -> "Refused a request to " + request.path() + " (401): " + ex.getMessage());
			WebhookResponse response = WebhookResponse.status(401);
			return (ex.getChallenge() != null) ? response.header(HttpHeaders.WWW_AUTHENTICATE, ex.getChallenge())
					: response;
		}
		if (failure instanceof InvalidPayloadException ex) {
			if (ex.getProblem() == InvalidPayloadException.Problem.TOO_LARGE) {
				return tooLarge(request, -1);
			}
			this.refusals.warn("400 " + ex.getProblem(), () -> "Refused an unreadable delivery to " + request.path()
					+ " (400, not retried): " + ex.getMessage());
			return WebhookResponse.text(400, String.valueOf(ex.getMessage()));
		}
		if (failure instanceof EventGridRejectedException ex) {
			return rejected(request, String.valueOf(ex.getMessage()));
		}
		this.logger.error(
				LogText.escape("Could not take a delivery to " + request.path() + "; Event Grid will retry it (500)"),
				failure);
		return WebhookResponse.status(500);
	}

	/**
	 * Answer the failure of a listener call as its error handler decided.
	 * @param request the request
	 * @param outcome the outcome
	 * @param listenerId the listener id
	 * @param failure the failure
	 * @return the answer, or {@code null} to go on with the delivery when the events were
	 * acknowledged
	 */
	@Nullable WebhookResponse response(WebhookRequest request, EventGridDeliveryOutcome outcome, String listenerId,
			Throwable failure) {
		String source = "Listener " + listenerId + " of " + request.path();
		return switch (outcome.getAction()) {
			case ACKNOWLEDGE -> {
				this.logger.info(
						LogText.escape(source + " failed, and its error handler acknowledged the events: " + failure));
				yield null;
			}
			case REJECT -> {
				if (this.logger.isDebugEnabled()) {
					this.logger.debug(LogText.escape(source + " rejected a delivery: " + outcome.getReason()));
				}
				yield rejected(request, publicReason(request, outcome, failure));
			}
			case RETRY -> retry(source, outcome, failure);
		};
	}

	private WebhookResponse retry(String source, EventGridDeliveryOutcome outcome, Throwable failure) {
		Duration retryAfter = outcome.getRetryAfter();
		if (outcome.isLater() || retryAfter != null) {
			this.logger.info(LogText.escape(source + " asked for a retry (503): " + failure.getMessage()));
			WebhookResponse response = WebhookResponse.status(503);
			return (retryAfter != null)
					? response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
					: response;
		}
		this.logger.error(LogText.escape(source + " failed; Event Grid will retry the delivery (500)"), failure);
		return WebhookResponse.status(500);
	}

	private WebhookResponse rejected(WebhookRequest request, String reason) {
		this.refusals.warn("400 rejected",
				() -> "Rejected a delivery to " + request.path() + " (400, not retried): " + reason);
		return WebhookResponse.text(400, reason);
	}

	/**
	 * Return why a delivery was rejected as its sender may read it: what was wrong with
	 * the payload, not which class or method of the application found it. A reason an
	 * error handler chose itself is the application's, and kept.
	 * @param request the request
	 * @param outcome the outcome
	 * @param failure the failure
	 * @return the reason
	 */
	private static String publicReason(WebhookRequest request, EventGridDeliveryOutcome outcome, Throwable failure) {
		String reason = String.valueOf(outcome.getReason());
		boolean argument = failure instanceof ListenerArgumentException || failure instanceof MessageConversionException
				|| failure instanceof MethodArgumentResolutionException;
		if (!argument || !reason.equals(failure.getMessage())) {
			return reason;
		}
		Throwable cause = (failure instanceof ListenerArgumentException && failure.getCause() != null)
				? failure.getCause() : failure;
		if (cause instanceof MethodArgumentNotValidException invalid && invalid.getBindingResult() != null) {
			return "Event data is not valid: " + invalid.getBindingResult()
				.getFieldErrors()
				.stream()
				.map((error) -> error.getField() + " " + error.getDefaultMessage())
				.collect(Collectors.joining("; "));
		}
		if (cause == failure && failure instanceof ListenerArgumentException) {
			return reason;
		}
		if (cause instanceof MessageConversionException) {
			return QUALIFIED_CLASS.matcher(String.valueOf(cause.getMessage())).replaceAll("$1");
		}
		return "The delivery does not fit the parameters of the listener of " + request.path();
	}

	WebhookResponse originRefused(WebhookRequest request, String origin, Object allowedOrigins) {
		this.refusals.warn("403 origin", () -> "Refused the CloudEvents abuse-protection handshake of origin '" + origin
				+ "' on " + request.path() + "; allowed origins are " + allowedOrigins);
		return WebhookResponse.text(403, "Origin not allowed");
	}

	WebhookResponse unsupportedContentType(WebhookRequest request, String accepted) {
		this.refusals.warn("415", () -> "Refused a request to " + request.path() + " of content type '"
				+ request.headers().getFirst(HttpHeaders.CONTENT_TYPE) + "' (415)");
		return WebhookResponse.text(415, "Unsupported content type; send one of " + accepted)
			.header("Accept-Post", accepted);
	}

	WebhookResponse bodyTimedOut(WebhookRequest request, Duration timeout) {
		this.refusals.warn("408", () -> "Refused a delivery to " + request.path() + " whose body took longer than "
				+ timeout.toMillis() + " ms to arrive (408)");
		return WebhookResponse.text(408, "Request body took longer than " + timeout.toMillis() + " ms to arrive");
	}

	WebhookResponse tooLarge(WebhookRequest request, int limit) {
		this.refusals.warn("413", () -> "Refused a delivery to " + request.path() + " larger than "
				+ ((limit > 0) ? limit + " bytes" : "the limit") + " (413, not retried)");
		return WebhookResponse.text(413, "Request body too large");
	}

}
