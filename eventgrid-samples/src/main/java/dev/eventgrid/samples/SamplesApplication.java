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

package dev.eventgrid.samples;

import java.io.File;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The samples application: a WebFlux application that runs every sample in order, prints
 * what each sent and what arrived, and exits with status 0 when all of them passed. With
 * {@code --samples.keep-running=true} it keeps serving its webhook instead of exiting.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@SpringBootApplication
public class SamplesApplication {

	/**
	 * The property naming the outbox sample's H2 database file.
	 */
	static final String OUTBOX_DATABASE = "samples.outbox.database";

	/**
	 * Run the samples, then exit with the status of the run unless told to keep running.
	 * @param args the command line, such as {@code --samples.run=cloud-events}
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SamplesApplication.class);
		application.setDefaultProperties(
				Map.of(OUTBOX_DATABASE, outboxDatabase(new ApplicationHome(SamplesApplication.class))));
		ConfigurableApplicationContext context = application.run(args);
		if (!keepRunning(context.getEnvironment())) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/**
	 * Return where the outbox sample keeps its H2 database by default: in {@code outbox/}
	 * under {@code target/}, beside the jar or the classes.
	 * @param home where the application was started from
	 * @return the database path, without H2's {@code .mv.db} suffix
	 */
	static String outboxDatabase(ApplicationHome home) {
		File dir = home.getDir();
		File target = (dir.getName().endsWith("classes") && dir.getParentFile() != null) ? dir.getParentFile() : dir;
		return new File(target, "outbox/orders").getAbsolutePath();
	}

	/**
	 * Return whether the application should go on serving once the samples have run.
	 * @param environment the application's environment
	 * @return the value of {@code samples.keep-running}, {@code false} by default
	 */
	static boolean keepRunning(Environment environment) {
		return environment.getProperty("samples.keep-running", Boolean.class, false);
	}

}
