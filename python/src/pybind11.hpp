#pragma once
// What every register_<area>.cpp needs: pybind11, the library, and the conversions that are
// the same in every area (dates, money from plain numbers).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <chrono>
#include <sstream>
#include <storeops/plan/plan_json.hpp>
#include <storeops/storeops.hpp>
#include <string>

namespace py = pybind11;

// Every named enum of the library (roles, departments, stages, ...) is a Python str: read
// with storeops::from_string (an unknown name lists the valid ones), written with to_string.
namespace pybind11::detail {
#if PYBIND11_VERSION_MAJOR >= 3
template <storeops::NamedEnum E>
struct type_caster_enum_type_enabled<E> : std::false_type {};
#endif
template <storeops::NamedEnum E>
class type_caster<E> {
 public:
  PYBIND11_TYPE_CASTER(E, const_name("str"));
  bool load(handle src, bool) {
    if (!isinstance<str>(src)) return false;
    value = storeops::from_string<E>(src.cast<std::string>());
    return true;
  }
  static handle cast(E v, return_value_policy, handle) {
    return str(std::string(storeops::to_string(v))).release();
  }
};
}  // namespace pybind11::detail

namespace storeops::python {

void register_money(py::module_& m);
void register_funnel(py::module_& m);
void register_credit(py::module_& m);
void register_report(py::module_& m);
void register_staffing(py::module_& m);
void register_erlang(py::module_& m);
void register_pay(py::module_& m);
void register_finance(py::module_& m);
void register_lifecycle(py::module_& m);
void register_plan(py::module_& m);
void register_market(py::module_& m);
void register_simulate(py::module_& m);
void register_campaigns(py::module_& m);
void register_tracking(py::module_& m);
void register_campaign_day(py::module_& m);
void register_catalog(py::module_& m);
void register_assessment(py::module_& m);

/// A value of the wrong type for a parameter or field: Python sees a storeops.Error that is
/// also a TypeError (storeops.WrongTypeError).
struct WrongType : Error {
  using Error::Error;
};

/// A datetime.date as days since 1970-01-01, through the proleptic Gregorian ordinal:
/// exact, and free of the local-time conversions that pybind11/chrono.h makes.
inline std::chrono::sys_days to_sys_days(const py::handle& date, const char* field) {
  if (!py::hasattr(date, "toordinal"))
    throw WrongType(std::string(field) + " must be a datetime.date, got " +
                py::repr(date).cast<std::string>());
  const long ordinal = date.attr("toordinal")().cast<long>();
  return std::chrono::sys_days(std::chrono::days(ordinal - 719163));  // 719163 = 1970-01-01
}

inline py::object to_date(std::chrono::sys_days day) {
  const long ordinal = day.time_since_epoch().count() + 719163L;
  return py::module_::import("datetime").attr("date").attr("fromordinal")(ordinal);
}

/// Money from what a Python user may write: Money, int or float yuan, str or Decimal yuan.
inline Money money_from(const py::handle& value, const char* field) {
  if (py::isinstance<Money>(value)) return value.cast<Money>();
  if (py::isinstance<py::bool_>(value))
    throw WrongType(std::string(field) + " must be an amount in yuan, got a bool");
  if (py::isinstance<py::int_>(value)) {
    const py::int_ fen = py::reinterpret_borrow<py::int_>(value) * py::int_(100);
    try {
      return Money::from_fen(fen.cast<std::int64_t>());
    } catch (const py::cast_error&) {
      throw MoneyOverflow(std::string(field) + " = " + py::str(value).cast<std::string>() +
                          " yuan does not fit in 64-bit fen");
    }
  }
  if (py::isinstance<py::float_>(value)) return Money::from_yuan(value.cast<double>(), field);
  if (py::isinstance<py::str>(value)) return Money::parse(value.cast<std::string>(), field);
  const auto decimal = py::module_::import("decimal").attr("Decimal");
  if (py::isinstance(value, decimal)) {
    if (!value.attr("is_finite")().cast<bool>())
      throw Error(std::string(field) + " must be a finite number, got " +
                  py::str(value).cast<std::string>());
    return Money::parse(py::str(value).cast<std::string>(), field);
  }
  throw WrongType(std::string(field) + " must be money (Money, or yuan as int, float, str or "
              "Decimal), got " + py::repr(value).cast<std::string>());
}

/// "36.5 (float)": what a user passed, for error messages.
inline std::string described(const py::handle& value) {
  return py::repr(value).cast<std::string>() + " (" +
         py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>() + ")";
}

/// An amount that cannot be negative (a price, a cost, a threshold): money >= 0.
inline Money amount_from(const py::handle& value, const std::string& field) {
  const Money m = money_from(value, field.c_str());
  detail::rules::money_non_negative(m, field);
  return m;
}

/// A real number from an int, a float or a NumPy scalar; never from a bool or a string.
inline double number_from(const py::handle& value, const std::string& field) {
  if (!py::isinstance<py::bool_>(value) && !py::isinstance<py::str>(value) &&
      (PyFloat_Check(value.ptr()) || PyLong_Check(value.ptr()) || PyIndex_Check(value.ptr()) ||
       py::hasattr(value, "__float__"))) {
    const double v = PyFloat_AsDouble(value.ptr());
    if (!(v == -1.0 && PyErr_Occurred())) return v;
    PyErr_Clear();
  }
  throw WrongType(field + " must be a number, got " + described(value));
}

/// A whole number from an int or a NumPy integer; 36.5 and "36" are refused, not rounded.
inline long long whole_from(const py::handle& value, const std::string& field) {
  if (!py::isinstance<py::bool_>(value) && PyIndex_Check(value.ptr())) {
    int overflow = 0;
    const py::object index = py::reinterpret_steal<py::object>(PyNumber_Index(value.ptr()));
    const long long v = PyLong_AsLongLongAndOverflow(index.ptr(), &overflow);
    if (overflow == 0 && !(v == -1 && PyErr_Occurred())) return v;
    PyErr_Clear();
    throw Error(field + " must fit in 64 bits, got " + py::repr(value).cast<std::string>());
  }
  throw WrongType(field + " must be a whole number, got " + described(value));
}

/// A whole number that fits an int, for counts and months.
inline int int_from(const py::handle& value, const std::string& field) {
  const long long v = whole_from(value, field);
  if (v < INT32_MIN || v > INT32_MAX)
    throw Error(field + " must fit in 32 bits, got " + std::to_string(v));
  return static_cast<int>(v);
}

/// __eq__ of a value type: equal field by field, NotImplemented against another type.
template <class T>
py::object equal_values(const T& a, const py::object& b) {
  if (!py::isinstance<T>(b)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
  return py::bool_(a == b.cast<const T&>());
}

/// __hash__ of a mutable value type: None, so that Python treats it as unhashable.
template <class T>
py::object no_hash(const T&) {
  return py::none();
}

/// The text operator<< gives, for __repr__ and __str__.
template <class T>
std::string to_text(const T& value) {
  std::ostringstream os;
  os << value;
  return os.str();
}

}  // namespace storeops::python
