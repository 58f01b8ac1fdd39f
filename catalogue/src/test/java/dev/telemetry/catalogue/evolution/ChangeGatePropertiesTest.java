package dev.telemetry.catalogue.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.ChangeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated catalogues and single mutations of them: a catalogue compared with itself has no
 * changes; every mutation is exactly one change of the right kind; and pasting the gate's own
 * proposal under {@code changes:} makes the gate pass.
 */
class ChangeGatePropertiesTest {
  /** One property of a generated catalogue: an integer with bounds, or an enum. */
  record Prop(String name, boolean isEnum, List<String> values, long min, long max, boolean required) {
    String yaml() {
      String common = (required ? "" : "required: false, ") + "description: A value. }";
      return isEnum
          ? "{ type: enum, values: [" + String.join(", ", values) + "], " + common
          : "{ type: integer, minimum: " + min + ", maximum: " + max + ", " + common;
    }
  }

  /** An event: its name and properties. */
  record Event(String name, List<Prop> props) {}

  /** A mutation: what it does to the events, its kind, and the change the gate must name. */
  record Mutation(Function<Map<String, Event>, Map<String, Event>> apply, ChangeKind kind, String what) {}

  static String yaml(Map<String, Event> events) {
    StringBuilder text = new StringBuilder("catalogue: 1\nnamespace: ns\nproduct: P\nevents:\n");
    for (Event event : events.values()) {
      text.append("  ").append(event.name()).append(":\n    emitted-when: It happens\n    purpose: Counts it.\n")
          .append("    distinct-id: { hash: ins }\n    properties:\n");
      for (Prop prop : event.props()) {
        text.append("      ").append(prop.name()).append(": ").append(prop.yaml()).append('\n');
      }
    }
    return text.toString();
  }

  static Catalogue load(String text) {
    try {
      return CatalogueLoader.load("catalogue.yaml", text).catalogue();
    } catch (Exception e) {
      throw new AssertionError(text, e);
    }
  }

  @Provide
  Arbitrary<Map<String, Event>> catalogues() {
    Arbitrary<Prop> prop = Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 3),
            Arbitraries.longs().between(0, 10),
            Arbitraries.longs().between(11, 100),
            Arbitraries.of(true, false))
        .as((isEnum, count, min, max, required) -> {
          List<String> values = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            values.add("v" + i);
          }
          return new Prop(null, isEnum, values, min, max, required);
        });
    Arbitrary<List<Prop>> props = prop.list().ofMinSize(1).ofMaxSize(4);
    return props.list().ofMinSize(1).ofMaxSize(4).map(lists -> {
      Map<String, Event> events = new LinkedHashMap<>();
      for (int e = 0; e < lists.size(); e++) {
        List<Prop> named = new ArrayList<>();
        for (int p = 0; p < lists.get(e).size(); p++) {
          Prop unnamed = lists.get(e).get(p);
          named.add(new Prop("p" + p, unnamed.isEnum(), unnamed.values(), unnamed.min(), unnamed.max(), unnamed.required()));
        }
        events.put("ns:thing" + e + ".done", new Event("ns:thing" + e + ".done", named));
      }
      return events;
    });
  }

  /** Every mutation that applies to {@code events}, each touching the first event's first property. */
  static List<Mutation> mutations(Map<String, Event> events) {
    Event first = events.values().iterator().next();
    Prop prop = first.props().get(0);
    String label = "property " + first.name() + "." + prop.name();
    List<Mutation> mutations = new ArrayList<>();
    mutations.add(new Mutation(e -> withEvent(e, new Event("ns:extra.done", List.of(prop))), ChangeKind.MORE_DATA,
        "event ns:extra.done added"));
    mutations.add(new Mutation(e -> withEvent(e, new Event(first.name(), concat(first.props(),
        new Prop("added", false, List.of(), 0, 1, true)))), ChangeKind.MORE_DATA,
        "property " + first.name() + ".added added"));
    if (events.size() > 1) {
      mutations.add(new Mutation(e -> without(e, first.name()), ChangeKind.BREAKING, "event " + first.name() + " removed"));
    }
    if (first.props().size() > 1) {
      mutations.add(new Mutation(e -> withEvent(e, new Event(first.name(), first.props().subList(1, first.props().size()))),
          ChangeKind.BREAKING, label + " removed"));
    }
    if (!prop.required()) {
      mutations.add(new Mutation(e -> withProp(e, first, new Prop(prop.name(), prop.isEnum(), prop.values(), prop.min(),
          prop.max(), true)), ChangeKind.BREAKING, label + " made required"));
    }
    if (prop.isEnum()) {
      mutations.add(new Mutation(e -> withProp(e, first, new Prop(prop.name(), true, concat(prop.values(), "extra"),
          0, 0, prop.required())), ChangeKind.MORE_DATA, label + " enum value extra added"));
      if (prop.values().size() > 1) {
        mutations.add(new Mutation(e -> withProp(e, first, new Prop(prop.name(), true, prop.values().subList(1,
            prop.values().size()), 0, 0, prop.required())), ChangeKind.BREAKING, label + " enum value v0 removed"));
      }
      mutations.add(new Mutation(e -> withProp(e, first, new Prop(prop.name(), false, List.of(), 0, 1, prop.required())),
          ChangeKind.BREAKING, label + " type changed from enum to integer"));
    } else {
      mutations.add(new Mutation(e -> withProp(e, first, new Prop(prop.name(), false, List.of(), prop.min(),
          prop.max() + 1, prop.required())), ChangeKind.MORE_DATA,
          label + " maximum raised from " + prop.max() + " to " + (prop.max() + 1)));
      mutations.add(new Mutation(e -> withProp(e, first, new Prop(prop.name(), false, List.of(), prop.min() - 1,
          prop.max(), prop.required())), ChangeKind.MORE_DATA,
          label + " minimum lowered from " + prop.min() + " to " + (prop.min() - 1)));
    }
    return mutations;
  }

  @Property(tries = 60)
  void aCatalogueComparedWithItselfHasNoChanges(@ForAll("catalogues") Map<String, Event> events) {
    Catalogue catalogue = load(yaml(events));
    assertEquals(List.of(), CatalogueDiff.between(ChangeGate.published(catalogue), ChangeGate.published(catalogue)));
    assertEquals(List.of(), ChangeGate.check(catalogue, ChangeGate.published(catalogue), "1.1"));
  }

  @Property(tries = 60)
  void everySingleMutationIsOneChangeAndItsProposalPassesTheGate(@ForAll("catalogues") Map<String, Event> events) {
    Catalogue before = load(yaml(events));
    for (Mutation mutation : mutations(events)) {
      String after = yaml(mutation.apply().apply(events));
      List<CatalogueChange> changes =
          CatalogueDiff.between(ChangeGate.published(before), ChangeGate.published(load(after)));
      assertEquals(List.of(mutation.kind() + " " + mutation.what()),
          changes.stream().map(change -> change.kind() + " " + change.what()).toList(), after);

      List<ChangeGate.Finding> findings = ChangeGate.check(load(after), ChangeGate.published(before), "1.1");
      assertEquals(1, findings.size(), after);
      String declared = after + "changes:\n  " + ((ChangeGate.Undeclared) findings.get(0)).entry() + "\n";
      assertEquals(List.of(), ChangeGate.check(load(declared), ChangeGate.published(before), "1.1"), declared);
    }
  }

  private static Map<String, Event> withEvent(Map<String, Event> events, Event event) {
    Map<String, Event> copy = new LinkedHashMap<>(events);
    copy.put(event.name(), event);
    return copy;
  }

  private static Map<String, Event> without(Map<String, Event> events, String name) {
    Map<String, Event> copy = new LinkedHashMap<>(events);
    copy.remove(name);
    return copy;
  }

  private static Map<String, Event> withProp(Map<String, Event> events, Event event, Prop prop) {
    List<Prop> props = new ArrayList<>(event.props());
    props.set(0, prop);
    return withEvent(events, new Event(event.name(), props));
  }

  private static <T> List<T> concat(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
