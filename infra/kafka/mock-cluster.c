/*
 * A Kafka-protocol broker for tests and local runs without a JVM: librdkafka's
 * mock cluster (Debian's librdkafka-dev), N brokers on 127.0.0.1.
 *
 *   mock-cluster <brokers> [topic:partitions ...]
 *
 * Pre-creates the topics (the mock cannot create them through the admin API),
 * prints "BOOTSTRAP <host:port,...>" on one line, then runs until SIGTERM/SIGINT.
 * Built by libs/devstack: gcc mock-cluster.c $(pkg-config --cflags --libs rdkafka)
 */
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char errstr[512];
  /* Block the stop signals before librdkafka starts its threads, so every thread
   * inherits the mask and sigwait() below receives them. */
  sigset_t set;
  int sig;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, NULL);
  int brokers = argc > 1 ? atoi(argv[1]) : 1;
  if (brokers < 1) brokers = 1;

  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
  if (!rk) {
    fprintf(stderr, "rd_kafka_new: %s\n", errstr);
    return 1;
  }
  rd_kafka_mock_cluster_t *cluster = rd_kafka_mock_cluster_new(rk, brokers);
  if (!cluster) {
    fprintf(stderr, "could not create the mock cluster\n");
    return 1;
  }

  for (int i = 2; i < argc; i++) {
    char *spec = strdup(argv[i]);
    char *colon = strrchr(spec, ':');
    int partitions = 1;
    if (colon) {
      *colon = '\0';
      partitions = atoi(colon + 1);
    }
    rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(cluster, spec, partitions, brokers < 3 ? brokers : 3);
    if (err) fprintf(stderr, "topic %s: %s\n", spec, rd_kafka_err2str(err));
    free(spec);
  }

  printf("BOOTSTRAP %s\n", rd_kafka_mock_cluster_bootstraps(cluster));
  fflush(stdout);

  sigwait(&set, &sig);

  rd_kafka_mock_cluster_destroy(cluster);
  rd_kafka_destroy(rk);
  return 0;
}
