package dev.cardwright.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plain YAML values (maps, lists, strings, numbers, booleans, null) as {@link YamlReader#load}
 * returns them: copying, comparing as YAML sees them, and reaching into them along a path of map
 * keys and list indexes.
 */
final class Values {
    private Values() {
    }

    /** A mutable deep copy; arrays become lists, unknown objects are kept as they are. */
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        if (value instanceof Object[] array) {
            List<Object> out = new ArrayList<>(array.length);
            for (Object v : array) {
                out.add(copy(v));
            }
            return out;
        }
        return value;
    }

    /**
     * Whether two values are the same YAML data: maps compare in order (an edit must keep key
     * order), integers compare by value whatever their Java type, floats likewise; objects the
     * emitter writes through {@code toString()} compare by that text.
     */
    static boolean same(Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> ia = ma.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> ib = mb.entrySet().iterator();
            while (ia.hasNext()) {
                Map.Entry<?, ?> ea = ia.next();
                Map.Entry<?, ?> eb = ib.next();
                if (!same(ea.getKey(), eb.getKey()) || !same(ea.getValue(), eb.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (isList(a) && isList(b)) {
            List<?> la = asList(a);
            List<?> lb = asList(b);
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!same(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (isInteger(a) && isInteger(b)) {
            return toBigInteger(a).equals(toBigInteger(b));
        }
        if (isFloat(a) && isFloat(b)) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue()) == 0;
        }
        if (a == null || b == null || a instanceof Boolean || b instanceof Boolean
                || a instanceof Number || b instanceof Number || a instanceof Map || b instanceof Map
                || isList(a) || isList(b)) {
            return Objects.equals(a, b);
        }
        return a.toString().equals(b.toString());
    }

    static boolean isList(Object v) {
        return v instanceof Collection<?> || v instanceof Object[];
    }

    static boolean isScalar(Object v) {
        return !(v instanceof Map<?, ?>) && !isList(v);
    }

    static List<?> asList(Object v) {
        return v instanceof List<?> l ? l : v instanceof Collection<?> c ? new ArrayList<>(c) : List.of((Object[]) v);
    }

    static boolean isInteger(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Short || v instanceof Byte;
    }

    static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float || v instanceof BigDecimal;
    }

    private static BigInteger toBigInteger(Object v) {
        return v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue());
    }

    /** The value at {@code path} (map keys compared with {@link #same}), or {@link #MISSING}. */
    static Object get(Object root, List<?> path) {
        Object node = root;
        for (Object step : path) {
            if (node instanceof Map<?, ?> map && !(step instanceof Integer)) {
                Object key = findKey(map, step);
                if (key == MISSING) {
                    return MISSING;
                }
                node = map.get(key);
            } else if (node instanceof List<?> list && step instanceof Integer i) {
                if (i < 0 || i >= list.size()) {
                    return MISSING;
                }
                node = list.get(i);
            } else {
                return MISSING;
            }
        }
        return node;
    }

    /** Stands for "no such key or index" in {@link #get}. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    static Object findKey(Map<?, ?> map, Object key) {
        if (map.containsKey(key)) {
            return key;
        }
        for (Object k : map.keySet()) {
            if (same(k, key)) {
                return k;
            }
        }
        return MISSING;
    }

    /**
     * Sets {@code value} at {@code path} inside {@code root} (a mutable copy), creating the maps a
     * string step needs on the way; an index may point at an existing item or one past the end.
     *
     * @throws IllegalArgumentException when a step does not fit what is there
     */
    @SuppressWarnings("unchecked")
    static void put(Object root, List<?> path, Object value) {
        Object node = root;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? null : path.get(i + 1);
            if (node instanceof Map<?, ?> m && !(step instanceof Integer)) {
                Map<Object, Object> map = (Map<Object, Object>) m;
                Object key = findKey(map, step);
                if (last) {
                    map.put(key == MISSING ? step : key, value);
                    return;
                }
                if (key == MISSING || !fits(map.get(key), next)) {
                    if (key != MISSING && map.get(key) != null) {
                        throw new IllegalArgumentException(describe(path, i + 1) + " is " + kind(map.get(key)));
                    }
                    map.put(key == MISSING ? step : key, fresh(next));
                    key = key == MISSING ? step : key;
                }
                node = map.get(key);
            } else if (node instanceof List<?> l && step instanceof Integer index) {
                List<Object> list = (List<Object>) l;
                if (index < 0 || index > list.size()) {
                    throw new IllegalArgumentException(describe(path, i + 1) + " is past the end of a list of " + list.size());
                }
                if (last) {
                    if (index == list.size()) {
                        list.add(value);
                    } else {
                        list.set(index, value);
                    }
                    return;
                }
                if (index == list.size()) {
                    list.add(fresh(next));
                } else if (!fits(list.get(index), next)) {
                    if (list.get(index) != null) {
                        throw new IllegalArgumentException(describe(path, i + 1) + " is " + kind(list.get(index)));
                    }
                    list.set(index, fresh(next));
                }
                node = list.get(index);
            } else {
                throw new IllegalArgumentException(describe(path, i) + " is " + kind(node));
            }
        }
    }

    /** Removes the key or item at {@code path}; returns whether there was one. */
    static boolean remove(Object root, List<?> path) {
        Object parent = get(root, path.subList(0, path.size() - 1));
        Object step = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> map && !(step instanceof Integer)) {
            Object key = findKey(map, step);
            if (key == MISSING) {
                return false;
            }
            map.remove(key);
            return true;
        }
        if (parent instanceof List<?> list && step instanceof Integer i && i >= 0 && i < list.size()) {
            list.remove((int) i);
            return true;
        }
        return false;
    }

    private static boolean fits(Object container, Object step) {
        return step instanceof Integer ? container instanceof List<?> : container instanceof Map<?, ?>;
    }

    private static Object fresh(Object step) {
        return step instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
    }

    private static String kind(Object v) {
        if (v instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (isList(v)) {
            return "a list";
        }
        return v == null ? "null" : "the scalar " + v;
    }

    /** {@code model-index[0].results} for the first {@code n} steps of a path. */
    static String describe(List<?> path, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Object step = path.get(i);
            if (step instanceof Integer) {
                sb.append('[').append(step).append(']');
            } else {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(step);
            }
        }
        return sb.toString();
    }
}
