# The Rawabit API + UI (`kg serve`). The database runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:ui

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
COPY package.json package-lock.json ./
# tsx is a runtime dependency: the server runs its TypeScript directly, like `npm start`.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
COPY --from=build /app/graph-ui/dist ./graph-ui/dist
USER node
EXPOSE 8080
CMD ["npx", "tsx", "ingest/cli/kg.ts", "serve", "--host", "0.0.0.0"]
