package org.storysearch.opensearch.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.opensearch.Version;
import org.opensearch.action.admin.cluster.health.ClusterHealthResponse;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/** OpenSearch nodes in this JVM on loopback, forming one cluster; data and logs under a temporary folder. */
final class LocalCluster implements AutoCloseable {

  /** The plugins a node loads from the class path: HTTP and transport over Netty, and the english analyzer. */
  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class);
  private static final TimeValue HEALTH_WAIT = TimeValue.timeValueSeconds(60);

  private final Path home;
  private final List<Node> nodes;

  private LocalCluster(Path home, List<Node> nodes) {
    this.home = home;
    this.nodes = nodes;
  }

  /**
   * Starts {@code count} nodes at once (one after another, each would wait for an election it cannot win alone) and
   * waits until the cluster has all of them and is at least yellow.
   */
  static LocalCluster start(int count) throws IOException, InterruptedException {
    Path home = Files.createTempDirectory("storysearch-opensearch-");
    String clusterName = home.getFileName().toString();
    List<Integer> transportPorts = freePorts(count);
    List<String> names = IntStream.range(0, count).mapToObj(i -> "node-" + i).toList();
    ExecutorService starter = Executors.newFixedThreadPool(count);
    List<Future<Node>> starting = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Settings settings = settings(home.resolve(names.get(i)), clusterName, names, transportPorts, i);
      starting.add(starter.submit(() -> new ClasspathNode(settings).start()));
    }
    starter.shutdown();
    List<Node> nodes = new ArrayList<>();
    try {
      for (Future<Node> node : starting) {
        nodes.add(node.get());
      }
    } catch (ExecutionException e) {
      new LocalCluster(home, nodes).close();
      throw new IllegalStateException("an OpenSearch node did not start: " + e.getCause(), e.getCause());
    }
    LocalCluster cluster = new LocalCluster(home, nodes);
    ClusterHealthResponse health = nodes.get(0).client().admin().cluster().prepareHealth()
        .setWaitForYellowStatus().setWaitForNodes(Integer.toString(count)).setTimeout(HEALTH_WAIT).get();
    if (health.isTimedOut()) {
      cluster.close();
      throw new IllegalStateException("the cluster did not form in " + HEALTH_WAIT + ": " + health.getStatus()
          + " with " + health.getNumberOfNodes() + " of " + count + " nodes");
    }
    return cluster;
  }

  /** The first node's HTTP address, {@code http://127.0.0.1:PORT}. */
  String url() {
    TransportAddress address = nodes.get(0).injector().getInstance(HttpServerTransport.class)
        .boundAddress().publishAddress();
    return "http://" + address.getAddress() + ":" + address.getPort();
  }

  /** Stops node {@code index} alone, as a node that fails would leave: its shards are gone from the cluster. */
  void stop(int index) throws IOException, InterruptedException {
    Node node = nodes.get(index);
    node.close();
    node.awaitClose(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    for (Node node : nodes) {
      node.close();
    }
    for (Node node : nodes) {
      node.awaitClose(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static Settings settings(Path folder, String clusterName, List<String> names, List<Integer> ports,
      int index) {
    Settings.Builder settings = Settings.builder()
        .put("cluster.name", clusterName)
        .put("node.name", names.get(index))
        .put("path.home", folder.toString())
        .put("path.data", folder.resolve("data").toString())
        .put("path.logs", folder.resolve("logs").toString())
        .put("network.host", "127.0.0.1")
        .put("http.port", "0")
        .put("transport.port", ports.get(index))
        // A nearly full disk of a developer's machine must not stop shards from being allocated.
        .put("cluster.routing.allocation.disk.threshold_enabled", false);
    if (names.size() == 1) {
      settings.put("discovery.type", "single-node");
    } else {
      settings.putList("discovery.seed_hosts", ports.stream().map(port -> "127.0.0.1:" + port).toList())
          .putList("cluster.initial_cluster_manager_nodes", names);
    }
    return settings.build();
  }

  /**
   * Ports free at the moment, for the nodes' transport: each node must know the others' before any has started.
   * HTTP takes an ephemeral port instead, read back once the node is up.
   */
  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket();
        sockets.add(socket);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  /** A node with its plugins taken from the class path instead of a plugins folder. */
  private static final class ClasspathNode extends Node {
    ClasspathNode(Settings settings) {
      super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "node"),
          PLUGINS.stream().map(ClasspathNode::info).toList(), true);
    }

    // The listener puts the node and cluster ids into a logging converter that can be set once per JVM, and so
    // failed for every node after the first; the log pattern does not use them.
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}

    private static PluginInfo info(Class<? extends Plugin> plugin) {
      return new PluginInfo(plugin.getName(), "class path plugin", Version.CURRENT.toString(), Version.CURRENT,
          Runtime.version().feature() + "", plugin.getName(), null, List.of(), false);
    }
  }
}
