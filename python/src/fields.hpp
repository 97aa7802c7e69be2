#pragma once
// Python properties from a struct's field table (storeops/detail/fields.hpp): each setter
// takes what JSON takes, converts it with a named error for a wrong type, and checks it with
// the rule the JSON loader uses, so a bad value is refused when it is set.
#include "pybind11.hpp"

namespace storeops::python {

// Python value -> field value, by the field's type.
/// Any other type: pybind11's own conversion, with the field named when it fails.
template <class T>
void assign(T& out, const py::handle& v, const std::string& path) {
  try {
    out = v.cast<T>();
  } catch (const py::cast_error&) {
    throw WrongType(path + " must be " + py::type_id<T>() + ", got " + described(v));
  }
}
inline void assign(Money& out, const py::handle& v, const std::string& path) {
  out = money_from(v, path.c_str());
}
inline void assign(double& out, const py::handle& v, const std::string& path) { out = number_from(v, path); }
inline void assign(int& out, const py::handle& v, const std::string& path) { out = int_from(v, path); }
inline void assign(Uncertain& out, const py::handle& v, const std::string& path) {
  // a plain number moves the central value and keeps the distribution (Uncertain.with_value)
  out = py::isinstance<Uncertain>(v) ? v.cast<Uncertain>() : out.with_value(number_from(v, path));
}
template <std::size_t N>
void assign(std::array<double, N>& out, const py::handle& v, const std::string& path) {
  if (py::isinstance<py::str>(v) || !py::isinstance<py::sequence>(v))
    throw WrongType(path + " must be a sequence of " + std::to_string(N) + " numbers, got " +
                    described(v));
  const auto seq = py::reinterpret_borrow<py::sequence>(v);
  if (seq.size() != N)
    throw Error(path + " must hold " + std::to_string(N) + " numbers" +
                (N == 12 ? ", January to December" : N == 24 ? ", 0:00 to 23:00" : "") + ", got " +
                std::to_string(seq.size()));
  for (std::size_t i = 0; i < N; ++i) out[i] = number_from(seq[i], path + "[" + std::to_string(i) + "]");
}
/// A list of objects of a bound class (CampaignMonth, Shift): the class names itself in
/// the error for an element of another type.
template <class T>
void assign_objects(std::vector<T>& out, const py::handle& v, const std::string& path) {
  const std::string type = py::type::of<T>().attr("__name__").template cast<std::string>();
  if (py::isinstance<py::str>(v) || !py::isinstance<py::sequence>(v))
    throw WrongType(path + " must be a list of " + type + ", got " + described(v));
  std::vector<T> values;
  std::size_t i = 0;
  for (const auto& x : py::reinterpret_borrow<py::sequence>(v)) {
    if (!py::isinstance<T>(x))
      throw WrongType(path + "[" + std::to_string(i) + "] must be a " + type + ", got " + described(x));
    values.push_back(x.cast<T>());
    ++i;
  }
  out = std::move(values);
}
inline void assign(std::vector<Shift>& out, const py::handle& v, const std::string& path) {
  assign_objects(out, v, path);
}
inline void assign(std::vector<CampaignMonth>& out, const py::handle& v, const std::string& path) {
  assign_objects(out, v, path);
}
inline void assign(std::vector<KpiTarget>& out, const py::handle& v, const std::string& path) {
  assign_objects(out, v, path);
}
inline void assign(std::vector<OrderTarget>& out, const py::handle& v, const std::string& path) {
  assign_objects(out, v, path);
}
inline void assign(std::vector<ScoreBand>& out, const py::handle& v, const std::string& path) {
  assign_objects(out, v, path);
}

/// An enum by its name ("max", "cs_agent"): an unknown name lists the valid ones.
template <NamedEnum E>
void assign(E& out, const py::handle& v, const std::string& path) {
  if (!py::isinstance<py::str>(v))
    throw WrongType(path + " must be a name (str), got " + described(v));
  out = from_string<E>(v.cast<std::string>(), path);
}
template <NamedEnum E>
void assign(std::vector<E>& out, const py::handle& v, const std::string& path) {
  if (py::isinstance<py::str>(v) || !py::isinstance<py::sequence>(v))
    throw WrongType(path + " must be a list of names, got " + described(v));
  std::vector<E> names;
  std::size_t i = 0;
  for (const auto& item : py::reinterpret_borrow<py::sequence>(v)) {
    E e{};
    assign(e, item, path + "[" + std::to_string(i++) + "]");
    names.push_back(e);
  }
  out = std::move(names);
}

/// People by role, as Python sees them: {"cs_agent": 2, ...}.
inline void assign(std::vector<RoleCount>& out, const py::handle& v, const std::string& path) {
  if (!py::isinstance<py::dict>(v))
    throw WrongType(path + " must be a dict of role names to counts, got " + described(v));
  std::vector<RoleCount> roles;
  for (const auto& [key, count] : py::reinterpret_borrow<py::dict>(v)) {
    if (!py::isinstance<py::str>(key))
      throw WrongType(path + " keys must be role names, got " + described(key));
    const auto name = key.cast<std::string>();
    roles.push_back({from_string<Role>(name, path), int_from(count, path + "." + name)});
  }
  out = std::move(roles);
}

/// Correlations as [(a, b, rho), ...] or {(a, b): rho}; checked by the field's rule after.
inline void assign(std::vector<Correlation>& out, const py::handle& v, const std::string& path) {
  std::vector<Correlation> pairs;
  auto add = [&](const py::handle& a, const py::handle& b, const py::handle& rho, const std::string& at) {
    if (!py::isinstance<py::str>(a) || !py::isinstance<py::str>(b))
      throw WrongType(at + " must name two uncertain inputs, got " + described(a) + " and " + described(b));
    pairs.push_back({a.cast<std::string>(), b.cast<std::string>(), number_from(rho, at + ".rho")});
  };
  if (py::isinstance<py::dict>(v)) {
    for (const auto& [key, rho] : py::reinterpret_borrow<py::dict>(v)) {
      const auto at = path + "[" + py::repr(key).cast<std::string>() + "]";
      if (!py::isinstance<py::tuple>(key) || py::len(key) != 2)
        throw WrongType(at + ": keys must be pairs of input names, got " + described(key));
      const auto pair = py::reinterpret_borrow<py::tuple>(key);
      add(pair[0], pair[1], rho, at);
    }
  } else if (py::isinstance<py::sequence>(v) && !py::isinstance<py::str>(v)) {
    std::size_t i = 0;
    for (const auto& item : py::reinterpret_borrow<py::sequence>(v)) {
      const auto at = path + "[" + std::to_string(i++) + "]";
      if (!py::isinstance<py::sequence>(item) || py::isinstance<py::str>(item) || py::len(item) != 3)
        throw WrongType(at + " must be (input, input, rho), got " + described(item));
      const auto t = py::reinterpret_borrow<py::sequence>(item);
      add(t[0], t[1], t[2], at);
    }
  } else {
    throw WrongType(path + " must be a list of (input, input, rho) or a dict {(input, input): rho}, got " +
                    described(v));
  }
  out = std::move(pairs);
}

/// A date from "YYYY-MM-DD" or a datetime.date (a datetime or pandas Timestamp: its day).
inline void assign(Date& out, const py::handle& v, const std::string& path) {
  if (py::isinstance<py::str>(v)) {
    out = parse_date(v.cast<std::string>(), path);
    return;
  }
  if (py::isinstance(v, py::module_::import("datetime").attr("date"))) {
    out = parse_date(v.attr("isoformat")().cast<std::string>().substr(0, 10), path);
    return;
  }
  throw WrongType(path + " must be a date like \"2014-02-01\" (a str or datetime.date), got " +
                  described(v));
}

// Field value -> Python value, by the field's type.
template <class T>
py::object to_python(const T& v) {
  return py::cast(v);
}
/// A date as its ISO text, "2014-02-01", as the plan file writes it.
inline py::object to_python(const Date& d) { return py::str(to_string(d)); }
inline py::object to_python(const std::vector<Correlation>& correlations) {
  py::list out;
  for (const auto& c : correlations) out.append(py::make_tuple(c.a, c.b, c.rho));
  return out;
}
inline py::object to_python(const std::vector<RoleCount>& roles) {
  py::dict d;
  for (const auto& r : roles) d[py::str(std::string(to_string(r.role)))] = r.count;
  return d;
}

/// `value` after checking each of its fields by the table's rules (what a constructor does,
/// so a bad value is refused when the object is made, as when a field is set).
template <class Table, class Struct>
Struct checked(const Table& table, Struct value, const std::string& prefix) {
  detail::check_fields(table, value, prefix);
  return value;
}

/// The class's Raises section, written where its setters are made so that it cannot drift from
/// them: inserted before its Examples, unless the class documents its errors itself (a policy
/// with rules across fields).
template <class Class>
void document_field_errors(py::class_<Class>& cls) {
  const py::object current = cls.attr("__doc__");
  std::string doc = current.is_none() ? std::string() : current.template cast<std::string>();
  if (doc.find("\nRaises\n------") != std::string::npos) return;
  const std::string name = cls.attr("__name__").template cast<std::string>();
  const std::string section =
      "Raises\n------\n"
      "storeops.Error\n"
      "    A field outside what its rule allows, when the object is made or the field is set\n"
      "    (``" + name + ".ALLOWED`` says what each field allows); the message names the field\n"
      "    and the value.\n"
      "TypeError\n"
      "    A field of the wrong type, or a keyword the class does not have\n"
      "    (storeops.WrongTypeError).\n";
  const auto examples = doc.find("\nExamples\n--------");
  if (examples == std::string::npos)
    doc += (doc.ends_with("\n") ? "\n" : "\n\n") + section;
  else
    doc.insert(examples + 1, section + "\n");
  cls.attr("__doc__") = doc;
}

/// Properties, a FIELDS table (name, Chinese label, doc) and a field-checked setter for
/// every field of `table`.
template <class Struct, class Table>
void bind_fields(py::class_<Struct>& cls, const Table& table, const std::string& prefix) {
  py::list fields;
  py::dict allowed;
  detail::for_each_field(table, [&](const auto& f) {
    using T = typename std::decay_t<decltype(f)>::value_type;
    allowed[py::str(std::string(f.name))] = detail::allowed_values<T>(f.check);
    const auto member = f.member;
    const auto check = f.check;
    const std::string path = prefix + "." + std::string(f.name);
    cls.def_property(
        std::string(f.name).c_str(), [member](const Struct& s) { return to_python(s.*member); },
        [member, check, path](Struct& s, const py::object& value) {
          T v = s.*member;
          assign(v, value, path);
          check(v, path);
          s.*member = std::move(v);
        },
        (std::string(f.doc) + " (" + std::string(f.label_zh) + ")").c_str());
    fields.append(py::make_tuple(std::string(f.name), std::string(f.label_zh), std::string(f.doc)));
  });
  cls.attr("FIELDS") = py::tuple(fields);
  cls.attr("ALLOWED") = allowed;  // field -> what its rule allows, in words ("0 to 1")
  document_field_errors(cls);
}

/// Whether a setting holds enum names (one or a list): their errors come from the C++ rule and
/// carry its prefix, not the Python class's name.
template <class T>
constexpr bool names_enum = std::is_enum_v<T>;
template <class E>
constexpr bool names_enum<std::vector<E>> = std::is_enum_v<E>;

/// Properties for every setting of a class that keeps its own invariants (a policy): each
/// setter converts with a named error, checks the setting's rule, then goes through the class's
/// own setter (which checks the rest). Adds the settings to FIELDS.
template <class Class, class Table>
void bind_settings(py::class_<Class>& cls, const Table& table, const std::string& prefix) {
  py::list fields;
  py::dict allowed;
  if (py::hasattr(cls, "FIELDS")) fields = py::list(cls.attr("FIELDS"));
  if (py::hasattr(cls, "ALLOWED")) allowed = py::dict(cls.attr("ALLOWED"));
  detail::for_each_field(table, [&](const auto& s) {
    using T = typename std::decay_t<decltype(s)>::value_type;
    allowed[py::str(std::string(s.name))] = detail::allowed_values<T>(s.check);
    const auto get = s.get;
    const auto set = s.set;
    const auto check = s.check;
    const std::string path = prefix + "." + std::string(s.name);
    // a value of the wrong type is named by the Python class, as its constructor names it
    const std::string typed = cls.attr("__name__").template cast<std::string>() + "." + std::string(s.name);
    cls.def_property(
        std::string(s.name).c_str(), [get](const Class& c) { return to_python(get(c)); },
        [set, check, path, typed](Class& c, const py::object& value) {
          T v{};
          assign(v, value, names_enum<T> ? path : typed);
          check(v, path);
          set(c, v);
        },
        (std::string(s.doc) + " (" + std::string(s.label_zh) + ")").c_str());
    fields.append(py::make_tuple(std::string(s.name), std::string(s.label_zh), std::string(s.doc)));
  });
  cls.attr("FIELDS") = py::tuple(fields);
  cls.attr("ALLOWED") = allowed;
  document_field_errors(cls);
}

}  // namespace storeops::python
