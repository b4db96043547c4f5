# The API with the built admin, as docker-compose runs it (two replicas behind a proxy).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY migrations/package.json migrations/
COPY apps/api/package.json apps/api/
COPY apps/admin/package.json apps/admin/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# No `__proto__` accessor: one less way for client input to reach Object.prototype.
CMD ["node", "--disable-proto=delete", "apps/api/dist/main.js"]
