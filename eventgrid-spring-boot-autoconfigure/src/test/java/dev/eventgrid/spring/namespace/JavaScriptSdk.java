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

package dev.eventgrid.spring.namespace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs a Node.js script of {@code src/test/js} with a JavaScript SDK that npm installs
 * once under {@code target/js-interop}; the calling test is skipped, saying why, when
 * {@code node} or {@code npm} is missing or the install fails. The emulator's tests have
 * the same runner; this module's tests cannot see them.
 *
 * @author Event Grid for Spring Boot team
 */
final class JavaScriptSdk {

	private final Path directory;

	private JavaScriptSdk(Path directory) {
		this.directory = directory;
	}

	/**
	 * Install a package unless it is there already, or skip the calling test.
	 * @param packageSpec the package and its version, such as
	 * {@code @azure/eventgrid-namespaces@1.0.0}
	 * @return the runner, whose scripts see the package
	 */
	static JavaScriptSdk install(String packageSpec) throws InterruptedException {
		assumeTrue(run(List.of("node", "--version"), Path.of("."), Map.of()).exitCode() == 0,
				"Skipped: node is not installed; the wire compatibility tests need Node.js 18 or later and npm");
		assumeTrue(run(List.of("npm", "--version"), Path.of("."), Map.of()).exitCode() == 0,
				"Skipped: npm is not installed; the wire compatibility tests need it to install " + packageSpec);
		Path directory = Path.of("target", "js-interop");
		String name = packageSpec.substring(0, packageSpec.lastIndexOf('@'));
		if (!Files.isDirectory(directory.resolve("node_modules").resolve(name))) {
			try {
				Files.createDirectories(directory);
				Files.writeString(directory.resolve("package.json"), "{\"name\":\"js-interop\",\"private\":true}");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			Result install = run(List.of("npm", "install", "--no-audit", "--no-fund", packageSpec), directory,
					Map.of());
			assumeTrue(install.exitCode() == 0,
					() -> "Skipped: npm could not install " + packageSpec + ": " + install.output());
		}
		return new JavaScriptSdk(directory);
	}

	/**
	 * Run a script of {@code src/test/js} with the installed packages on its path.
	 * @param script the script's file name
	 * @param environment its inputs, as environment variables
	 * @return how it ended and what it printed
	 */
	Result node(String script, Map<String, String> environment) throws InterruptedException {
		Map<String, String> withPath = new HashMap<>(environment);
		withPath.put("NODE_PATH", this.directory.resolve("node_modules").toAbsolutePath().toString());
		return run(List.of("node", Path.of("src/test/js").resolve(script).toString()), Path.of("."), withPath);
	}

	private static Result run(List<String> command, Path directory, Map<String, String> environment)
			throws InterruptedException {
		try {
			Path output = Files.createTempFile("js-interop", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return new Result(-1, command + " timed out after 5 minutes");
			}
			String printed = Files.readString(output, StandardCharsets.UTF_8);
			Files.deleteIfExists(output);
			return new Result(process.exitValue(), printed);
		}
		catch (IOException ex) {
			return new Result(-1, ex.getMessage());
		}
	}

	/**
	 * The outcome of a command.
	 *
	 * @param exitCode the exit code, {@code -1} if it could not run
	 * @param output what it printed on standard output and error
	 */
	record Result(int exitCode, String output) {

	}

}
