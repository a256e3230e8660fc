# The SPM Awards API as a container image: built with Maven inside (no JDK needed on the host),
# run on a JRE as a non-root user, from a layered jar with a class-data-sharing archive.
#   docker build -t spm-awards-api .
#   docker run -e SPM_DATABASE_URL=postgres://user:password@host:5432/spm -p 8080:8080 spm-awards-api
# The image has no embedded PostgreSQL: it always runs on a database (SPM_DATABASE_URL).

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
# a proxy's certificate authority, if the build needs one to reach Maven Central (see the README there)
COPY docker/extra-ca-certificates/ /tmp/extra-ca-certificates/
RUN for cert in /tmp/extra-ca-certificates/*.crt; do \
		[ -f "$cert" ] && keytool -importcert -noprompt -cacerts -storepass changeit -alias "$(basename "$cert")" -file "$cert"; \
	done; true
COPY . .
# Maven's repository in a build cache: a rebuild after a change of sources downloads nothing, and a
# first build downloads only what the build uses, several artifacts at a time
RUN --mount=type=cache,target=/root/.m2/repository \
	mvn -B -ntp -Dmaven.artifact.threads=8 -Dspm.no-embedded-binaries -DskipTests package \
	&& java -Djarmode=tools -jar graphql-api/target/spm-awards-api.jar extract --layers --destination /extracted

FROM eclipse-temurin:17.0.17_10-jre-noble
RUN groupadd --system spm && useradd --system --gid spm --home-dir /application --shell /usr/sbin/nologin spm
WORKDIR /application
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# The class-data-sharing archive: a training run that starts the context and stops before it
# touches a database (so none is needed here).
RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
		-jar spm-awards-api.jar --spm.embedded-database.enabled=false --spring.flyway.enabled=false \
		--spm.database-url=postgres://training@127.0.0.1:1/none >/dev/null \
	&& chmod a+r application.jsa
USER spm
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC" \
	SPM_EMBEDDED_DATABASE_ENABLED=false
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
	CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-jar", "spm-awards-api.jar"]
