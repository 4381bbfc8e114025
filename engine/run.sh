#!/usr/bin/env bash
# Runs the product on the embedded default: builds the browser app and the server, starts it on
# http://127.0.0.1:5080 with the definitions in definitions/, and says when it can be opened.
# Extra arguments go to the server (for example --urls http://0.0.0.0:8080).
# Steps whose inputs have not changed since the last run are skipped: npm ci when package-lock.json is
# the one installed, the browser build when designer/ sources are the ones built.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
step() { echo "== [$(( $(date +%s) - started ))s] $*"; }
stamp_of() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }

url=http://127.0.0.1:5080
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --urls) url=${args[i+1]:-$url} ;;
    --urls=*) url=${args[i]#--urls=} ;;
  esac
done
url=${url%%;*}
open_url=${url/0.0.0.0/127.0.0.1}

# 1. Browser app dependencies: only when package-lock.json differs from the one last installed.
lock=$(stamp_of designer/package-lock.json)
if [ -d designer/node_modules ] && [ "$(cat designer/node_modules/.installed-lock 2>/dev/null)" = "$lock" ]; then
  step "前端依赖未变（package-lock.json 与上次安装相同），跳过 npm ci"
else
  step "安装前端依赖：npm ci（package-lock.json 有变化或首次运行，约 1 分钟）"
  (cd designer && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock" > designer/node_modules/.installed-lock
fi

# 2. Browser app build: only when its sources or dependencies changed since the last build.
sources=$(cd designer && find src public index.html package-lock.json vite.config.ts tsconfig.json -type f 2>/dev/null | sort | xargs cat | sha256sum | cut -d' ' -f1)
if [ -f designer/dist/index.html ] && [ "$(cat designer/dist/.built-sources 2>/dev/null)" = "$sources" ]; then
  step "前端代码未变，跳过构建（designer/dist）"
else
  step "构建前端：类型检查并打包到 designer/dist（约 1 分钟）"
  (cd designer && npm run --silent build > /tmp/governance-designer-build.log 2>&1) || { cat /tmp/governance-designer-build.log; exit 1; }
  echo "$sources" > designer/dist/.built-sources
fi

# 3. The server: an incremental build prints only errors; a cold one takes a few minutes.
step "编译服务端：dotnet build engine/Governance.Server -c Release（首次约 2–4 分钟，之后只编译改动）"
dotnet build engine/Governance.Server -c Release -nologo -v:q -clp:ErrorsOnly | grep -vE '^(Build succeeded\.|    0 (Warning|Error)\(s\)|Time Elapsed|)$' || true
[ "${PIPESTATUS[0]}" -eq 0 ] || exit 1

# 4. Start it, wait until it answers, then say where to open it.
step "启动服务：迁移数据库、发布流程、导入用户，首次运行生成 300 个演示事件"
# Its content root is its project folder, as `dotnet run` would make it: appsettings.json (port, log levels) is read from there.
dotnet engine/Governance.Server/bin/Release/net10.0/Governance.Server.dll --contentRoot "$PWD/engine/Governance.Server" "$@" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; exit 0' INT TERM
for _ in $(seq 1 600); do
  if ! kill -0 "$server" 2>/dev/null; then wait "$server"; exit $?; fi
  if curl -fs -o /dev/null "$open_url/api/definitions/summary" 2>/dev/null; then break; fi
  sleep 0.5
done
step "已就绪（用时 $(( $(date +%s) - started )) 秒）"
cat <<EOF

  打开 $open_url          办理工作台（演示账号见 README，密码 Demo@2026，例如 op-990102）
       $open_url/#/report  群众上报        $open_url/#/track  进度查询
       $open_url/openapi/v1.json  API 文档

  停止：按 Ctrl+C（或 kill $server）

EOF
wait "$server"
