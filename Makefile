# An toàn trực tuyến — the two commands are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PG_PORT ?= 54329

MVN := cd backend && ./mvnw -B -ntp -Dquarkus.analytics.disabled=true
JAR := backend/target/quarkus-app/quarkus-run.jar
BACKEND_SRC := $(shell find backend/src backend/pom.xml -type f 2>/dev/null)
FRONTEND_SRC := $(shell find frontend/src frontend/index.html frontend/public frontend/vite.config.ts -type f 2>/dev/null)

.PHONY: help run test build tools db-start db-stop backend-test frontend-check e2e openapi lint bench bench-first-load clean security-test db-restart-test backup-test replicas-test

help:
	@echo "make run    build what is missing, start PostgreSQL if needed, serve API + SPA on :8080 with demo data"
	@echo "make test   every test: backend (real PostgreSQL), contract drift, frontend lint/unit, browser e2e"
	@echo "make openapi  regenerate openapi.yaml from the code (and the SPA's typed client)"
	@echo "make security-test  only the security suite (authorisation matrix, tokens, fuzzer, mass assignment, races)"
	@echo "make replicas-test  two backend processes on one database behave as one (a throwaway cluster on :54414)"
	@echo "make backup-test  backup of the demo restored into a new database answers the same (a throwaway cluster on :54412)"
	@echo "make db-restart-test  PostgreSQL restarted under write load (a throwaway cluster on :54411)"
	@echo "make bench-first-load  bytes on the wire and time to the plans table, 4 Mbit/s and slow 3G (a running make run)"
	@echo "make bench  hot paths and start-up against their goals and same-run baselines (pgbench, COPY, bare JDBC): one table,"
	@echo "            also in .data/bench/results.md; SCENARIOS='reads start' for some of ceremony campaign reads start"
	@echo "make db-start | db-stop | build | lint | clean"

run: tools build
	@scripts/run.sh

test: tools
	@scripts/ensure-tools.sh --browser
	scripts/pg.sh start
	scripts/pg.sh ensure-db safeonline_test
	$(MVN) verify
	scripts/db-restart-under-load.sh
	scripts/backup-restore-test.sh
	scripts/two-replicas-test.sh
	scripts/check-docx.sh --require backend/target/report-samples/*.docx
	$(MAKE) frontend-check
	scripts/e2e.sh

tools:
	@scripts/ensure-tools.sh

build: $(JAR) frontend/dist/index.html

$(JAR): $(BACKEND_SRC)
	$(MVN) -q package -DskipTests
	@touch $(JAR)

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONTEND_SRC) openapi.yaml
	cd frontend && npm run --silent build

frontend-check: frontend/node_modules/.package-lock.json
	cd frontend && npm run --silent check:api && npm run --silent lint:api && npm run --silent lint && npm run --silent typecheck && npm test
	cd frontend && npm run --silent build
	cd frontend && npm run --silent check:bundle

security-test: tools
	scripts/pg.sh start
	scripts/pg.sh ensure-db safeonline_test
	$(MVN) verify -Dgroups=security

replicas-test: $(JAR)
	scripts/two-replicas-test.sh

backup-test: $(JAR)
	scripts/backup-restore-test.sh

db-restart-test: $(JAR)
	scripts/db-restart-under-load.sh

e2e: build
	scripts/e2e.sh

openapi:
	$(MVN) -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run --silent gen:api

lint: frontend/node_modules/.package-lock.json
	cd frontend && npm run --silent lint && npm run --silent typecheck

db-start:
	scripts/pg.sh start
db-stop:
	scripts/pg.sh stop

bench:
	bash bench/all.sh $(SCENARIOS)

bench-first-load:
	node bench/first-load.mjs

clean:
	rm -rf backend/target frontend/dist
