package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The null policy of the pathway's records, component by component: each record of a real
 * answer is rebuilt through its canonical constructor with one component null, which is
 * refused naming the component; rebuilt with none null it equals the original.
 */
class RecordComponentsTest {
  static Stream<Arguments> components() {
    InspectionPathway p = InspectionPathway.of(Histories.nottinghamshire(), d("2023-01-10"));
    List<Record> records = List.of(p.deadlines().get(0), p.nextInspection().window(),
        p.interimActivities().get(0));
    List<Arguments> out = new ArrayList<>();
    for (Record r : records) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (!c.getType().isPrimitive()) {
          out.add(Arguments.of(r.getClass().getSimpleName(), c.getName(), r));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("components")
  void aNullComponentIsRefusedByName(String type, String component, Record original)
      throws ReflectiveOperationException {
    Object[] values = values(original);
    assertThat(rebuild(original, values)).isEqualTo(original);

    RecordComponent[] cs = original.getClass().getRecordComponents();
    int i = Arrays.stream(cs).map(RecordComponent::getName).toList().indexOf(component);
    values[i] = null;

    assertThatThrownBy(() -> rebuild(original, values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(component + ": is required but was null");
  }

  private static Object[] values(Record r) throws ReflectiveOperationException {
    RecordComponent[] cs = r.getClass().getRecordComponents();
    Object[] values = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) {
      values[i] = cs[i].getAccessor().invoke(r);
    }
    return values;
  }

  private static Object rebuild(Record r, Object[] values) throws ReflectiveOperationException {
    Class<?>[] types = Arrays.stream(r.getClass().getRecordComponents())
        .map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
    try {
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }
}
