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

package dev.eventgrid.codegen;

import io.spring.javaformat.formatter.Formatter;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.TextEdit;

/**
 * Formats generated sources with spring-javaformat, as the build's validation expects.
 *
 * @author Event Grid for Spring Boot team
 */
final class SourceFormatter {

	private final Formatter formatter = new Formatter();

	/**
	 * Format a compilation unit.
	 * @param source the source
	 * @return the formatted source
	 */
	String format(String source) {
		try {
			TextEdit edit = this.formatter.format(source);
			if (edit == null) {
				throw new IllegalStateException("Cannot format:\n" + source);
			}
			IDocument document = new Document(source);
			edit.apply(document);
			return document.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot format:\n" + source, ex);
		}
	}

}
