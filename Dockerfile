# Waypoint: build with the Maven Wrapper, run on a JRE 21.
#   docker build -t waypoint .
#   docker run -e TELEGRAM_BOT_TOKEN=... waypoint
#   docker run -e TELEGRAM_BOT_TOKEN=... -v "$PWD/destinations.yml:/app/data/destinations.yml:ro" waypoint

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY destinations.yml ./
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin waypoint \
 && mkdir -p /app/data /app/state && chown -R waypoint /app
WORKDIR /app
COPY --from=build /src/target/waypoint.jar /app/waypoint.jar
# The knowledge base; mount your own file over it to update facts without rebuilding (it reloads live).
COPY destinations.yml /app/data/destinations.yml
ENV WAYPOINT_DESTINATIONS=/app/data/destinations.yml \
    WAYPOINT_HEARTBEAT=/tmp/waypoint-heartbeat \
    WAYPOINT_DATA=/app/state
# The ids of answered updates (numbers only, 24 hours), so that a restart after a crash answers nothing twice.
VOLUME ["/app/state"]
USER waypoint
# Healthy while the poll loop really reaches the Bot API: it touches the heartbeat after each good getUpdates.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD test -n "$(find /tmp/waypoint-heartbeat -mmin -2 2>/dev/null)"
# Exec form, so SIGTERM reaches the JVM and the bot confirms its last updates before it exits.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/waypoint.jar"]
CMD ["bot"]
