#!/usr/bin/env bash
# Start one clustered Council Commons node in the foreground.
#
#   start-node.sh /etc/council-commons/node-a.env
#
# The env file holds the application's settings (COMMONS_*) and this node's place in the
# cluster (NODE_*). It is read line by line as KEY=value, the way systemd's EnvironmentFile
# and `docker run --env-file` read it: no shell evaluation, so a ';' in a JDBC URL is kept.
# APP_DIR (default /opt/council-commons) holds payara-micro.jar, council-commons.war,
# behind-local-proxy.asadmin and logging.properties. JAVA (default: java on the PATH) must be
# Java 21 or newer.
set -euo pipefail

if [[ $# -ne 1 || ! -r $1 ]]; then
    echo "usage: $0 <node env file>" >&2
    exit 64
fi

while IFS= read -r line || [[ -n $line ]]; do
    [[ -z ${line//[[:space:]]/} || $line =~ ^[[:space:]]*# ]] && continue
    key=${line%%=*}
    if [[ $line != *=* || ! $key =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
        echo "$1: not a KEY=value line: $line" >&2
        exit 65
    fi
    export "$key=${line#*=}"
done < "$1"

: "${NODE_NAME:?is not set in $1}"
: "${NODE_HTTP_PORT:?is not set in $1}"
: "${NODE_CLUSTER_INTERFACE:?is not set in $1}"
: "${NODE_CLUSTER_PORT:?is not set in $1}"
: "${NODE_CLUSTER_MEMBERS:?is not set in $1}"
: "${COMMONS_DATA_DIR:?is not set in $1: every node needs its own data directory}"

app_dir=${APP_DIR:-/opt/council-commons}

cluster_options=(
    --name "$NODE_NAME"
    --clusterName "${NODE_CLUSTER_NAME:-commons}"
    --interfaces "$NODE_CLUSTER_INTERFACE"
    --startport "$NODE_CLUSTER_PORT"
    --clustermode "tcpip:$NODE_CLUSTER_MEMBERS"
)
if [[ -n ${NODE_CLUSTER_PUBLIC_ADDRESS:-} ]]; then
    cluster_options+=(--hzPublicAddress "$NODE_CLUSTER_PUBLIC_ADDRESS")
fi

# hazelcast.socket.bind.any=false: without it the data grid listens on every address of the
# machine, whatever --interfaces says; with it, only on NODE_CLUSTER_INTERFACE.
exec "${JAVA:-java}" -Xmx512m --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
    -Dhazelcast.socket.bind.any=false \
    -jar "$app_dir/payara-micro.jar" \
    "${cluster_options[@]}" \
    --port "$NODE_HTTP_PORT" --contextroot / \
    --prebootcommandfile "$app_dir/behind-local-proxy.asadmin" \
    --logproperties "$app_dir/logging.properties" \
    --deploy "$app_dir/council-commons.war"
