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

package dev.eventgrid.samples.outbox;

import java.math.BigDecimal;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes orders over HTTP: {@code POST /orders} with {@code {"customer":...,"amount":...}}
 * answers 201 with the order's id, or 422 when the order was rolled back.
 *
 * @author Event Grid for Spring Boot team
 */
@RestController
class OrderController {

	private final OrderService orders;

	OrderController(OrderService orders) {
		this.orders = orders;
	}

	@PostMapping("/orders")
	Mono<ResponseEntity<Map<String, String>>> place(@RequestBody OrderRequest request) {
		// why boundedElastic: the transaction blocks on JDBC, which an event loop must
		// not.
		return Mono.fromCallable(() -> this.orders.place(request.customer(), request.amount()))
			.subscribeOn(Schedulers.boundedElastic())
			.map((orderId) -> ResponseEntity.status(HttpStatus.CREATED).body(Map.of("orderId", orderId)))
			.onErrorResume(CreditLimitExceededException.class, (ex) -> Mono
				.just(ResponseEntity.unprocessableContent().body(Map.of("error", String.valueOf(ex.getMessage())))));
	}

	record OrderRequest(String customer, BigDecimal amount) {
	}

}
