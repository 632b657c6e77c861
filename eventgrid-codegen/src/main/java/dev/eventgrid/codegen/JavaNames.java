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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java names and plain-English phrases made from the names of the definitions.
 *
 * @author Event Grid for Spring Boot team
 */
final class JavaNames {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern WORD = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

	private static final Pattern ACRONYM = Pattern.compile("([A-Z])([A-Z]+)(?=[A-Z][a-z]|$)");

	private static final Pattern CAPITALS = Pattern.compile("[A-Z]{2}");

	private static final Set<String> KEYWORDS = Set.of("abstract", "boolean", "byte", "case", "catch", "char", "class",
			"const", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto",
			"if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package",
			"private", "protected", "public", "return", "short", "static", "super", "switch", "synchronized", "this",
			"throw", "throws", "transient", "try", "void", "volatile", "while", "record", "var", "yield");

	private JavaNames() {
	}

	/**
	 * Name the record component of a property. The client name of the definitions is
	 * preferred (it is what the Azure SDKs use), except where it only changes case or
	 * where it is the name the service really writes (the {@code $}-names of IoT Hub
	 * twins).
	 * @param wireName the property name of the definition
	 * @param clientName the client name of the definition, or an empty string
	 * @param type the type of the property
	 * @return the property
	 */
	static Property property(String wireName, String clientName, TypeRef type) {
		if (clientName.startsWith("$")) {
			return new Property(clientName, identifier(wireName), List.of(wireName), type);
		}
		String preferred = (clientName.isEmpty() || (clientName.equalsIgnoreCase(wireName) && isCamelCase(wireName)))
				? wireName : clientName;
		String javaName = identifier(preferred);
		List<String> aliases = new ArrayList<>();
		if (!javaName.equalsIgnoreCase(wireName)) {
			aliases.add(javaName);
		}
		return new Property(wireName, javaName, aliases, type);
	}

	/**
	 * Whether a name is in camel case with no run of capitals ({@code fileUrl}, not
	 * {@code instanceID} or {@code fileurl}).
	 * @param name the name
	 * @return whether the name is conventional
	 */
	static boolean isCamelCase(String name) {
		return !CAPITALS.matcher(name).find() && !name.equals(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Turn a name into a conventional Java field name: {@code NBF} becomes {@code nbf},
	 * {@code VaultName} becomes {@code vaultName}, {@code @odata.type} becomes
	 * {@code odataType}.
	 * @param name the name
	 * @return the identifier
	 */
	static String identifier(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			StringBuilder joined = new StringBuilder();
			for (String part : name.split("[^A-Za-z0-9]+")) {
				if (!part.isEmpty()) {
					joined.append(joined.isEmpty() ? part : capitalize(part));
				}
			}
			return identifier(joined.toString());
		}
		String identifier = name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT)
				: Character.toLowerCase(name.charAt(0)) + wordsForAcronyms(name.substring(1));
		return KEYWORDS.contains(identifier) ? identifier + "Value" : identifier;
	}

	/**
	 * Write the acronyms of a name as words: {@code RedisExportRDBCompleted} becomes
	 * {@code RedisExportRdbCompleted}, {@code instanceID} becomes {@code instanceId}.
	 * @param name the name
	 * @return the name with its acronyms as words
	 */
	static String wordsForAcronyms(String name) {
		StringBuilder result = new StringBuilder();
		Matcher matcher = ACRONYM.matcher(name);
		while (matcher.find()) {
			matcher.appendReplacement(result, matcher.group(1) + matcher.group(2).toLowerCase(Locale.ROOT));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/**
	 * Return the words of a camel-case name, in lower case unless they are acronyms.
	 * @param name the name
	 * @return the words
	 */
	static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		for (String word : WORD.split(name)) {
			boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
			words.add(acronym ? word : word.toLowerCase(Locale.ROOT));
		}
		return words;
	}

	/**
	 * Return a camel-case name as a phrase: {@code contentLength} becomes
	 * {@code content length}.
	 * @param name the name
	 * @return the phrase
	 */
	static String phrase(String name) {
		return String.join(" ", words(name));
	}

	/**
	 * Return a name with its first letter in upper case.
	 * @param name the name
	 * @return the capitalized name
	 */
	static String capitalize(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
