// Money and the error family.
#include "pybind11.hpp"

namespace storeops::python {
namespace {

py::object fraction_of(Money m) {
  return py::module_::import("fractions").attr("Fraction")(m.fen(), 100);
}

/// Money and plain numbers compare exactly, as Decimal does: Money("0.10") == 0.1 is False
/// because the float 0.1 is not a tenth.
py::object compare(Money self, const py::object& other, const char* op) {
  if (py::isinstance<Money>(other))
    return fraction_of(self).attr(op)(fraction_of(other.cast<Money>()));
  if (py::isinstance<py::bool_>(other) ||
      !(py::isinstance<py::int_>(other) || py::isinstance<py::float_>(other)))
    return py::reinterpret_borrow<py::object>(Py_NotImplemented);
  return fraction_of(self).attr(op)(other);
}

bool is_number(const py::handle& v) {
  return !py::isinstance<py::bool_>(v) &&
         (py::isinstance<py::int_>(v) || py::isinstance<py::float_>(v));
}

}  // namespace

void register_money(py::module_& m) {
  static py::exception<Error> error(m, "Error", PyExc_ValueError);
  error.doc() = R"doc(
Any value storeops cannot accept; the message names the field and value. A ValueError, so
``except ValueError`` catches it too; WrongTypeError and MoneyOverflowError derive from it.

Examples
--------
>>> try:
...     storeops.Funnel(visitors=1_000, conversion_rate=1.5)
... except storeops.Error as error:
...     print(error)
...     print(isinstance(error, ValueError))
Funnel.conversion_rate must be a rate in [0, 1], got 1.5
True
)doc";
  // MoneyOverflowError is both a storeops.Error and an OverflowError.
  static py::object overflow = py::reinterpret_steal<py::object>(PyErr_NewExceptionWithDoc(
      "storeops._core.MoneyOverflowError",
      R"doc(
A money result that does not fit in signed 64-bit fen (about ±¥92 quadrillion): a
storeops.Error and an OverflowError.

Examples
--------
>>> try:
...     storeops.Money.from_fen(2**62) * 4
... except storeops.MoneyOverflowError as error:
...     print(isinstance(error, storeops.Error), isinstance(error, OverflowError))
True True
)doc",
      py::make_tuple(error, py::handle(PyExc_OverflowError)).ptr(), nullptr));
  m.attr("MoneyOverflowError") = overflow;
  // WrongTypeError is both a storeops.Error and a TypeError: a value of the wrong type.
  static py::object wrong_type = py::reinterpret_steal<py::object>(PyErr_NewExceptionWithDoc(
      "storeops._core.WrongTypeError",
      R"doc(
A value of the wrong type; the message names the parameter, what it takes and what it got.
A storeops.Error and a TypeError.

Examples
--------
>>> try:
...     storeops.Funnel(visitors="1000", conversion_rate=0.02)
... except storeops.WrongTypeError as error:
...     print(isinstance(error, storeops.Error), isinstance(error, TypeError))
True True
)doc",
      py::make_tuple(error, py::handle(PyExc_TypeError)).ptr(), nullptr));
  m.attr("WrongTypeError") = wrong_type;
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const MoneyOverflow& e) {
      PyErr_SetString(overflow.ptr(), e.what());
    } catch (const WrongType& e) {
      PyErr_SetString(wrong_type.ptr(), e.what());
    } catch (const Error& e) {
      PyErr_SetString(error.ptr(), e.what());
    }
  });

  py::class_<Money>(m, "Money", R"doc(
An amount of money in exact integer fen (分, 1/100 yuan).

``Money(x)`` takes yuan as an int, float, str ("1234.50", "¥1,234.50") or Decimal;
``Money.from_yuan`` and ``Money.from_fen`` say which unit they take. Arithmetic is exact
and checked: a result that does not fit in 64-bit fen raises MoneyOverflowError. Money times
a number rounds once to the fen, halves away from zero, reading the number as the decimal it
prints as (1.5% of ¥1 is ¥0.02). Every function that takes money also accepts a plain
number meaning yuan.

Raises
------
storeops.Error
    Text that is not a decimal amount, or a float that is NaN or infinite.
storeops.MoneyOverflowError
    An amount or a result beyond 64-bit fen (about ±¥92 quadrillion).
TypeError
    A value that is not money (a bool, a list; storeops.WrongTypeError).

Examples
--------
>>> storeops.Money("¥1,234.50") + 100
Money('1334.50')
>>> storeops.Money(100) * 0.015
Money('1.50')
>>> storeops.Money.from_fen(5).fen
5
)doc")
      .def(py::init([](const py::object& yuan) { return money_from(yuan, "amount"); }),
           py::arg("yuan") = 0, "Money from yuan (int, float, str or Decimal).")
      .def_static("from_yuan", [](const py::object& yuan) { return money_from(yuan, "yuan"); },
                  py::arg("yuan"), "Money from yuan, rounded to the nearest fen (halves away).")
      .def_static("from_fen",
                  [](const py::int_& fen) {
                    try {
                      return Money::from_fen(fen.cast<std::int64_t>());
                    } catch (const py::cast_error&) {
                      throw MoneyOverflow("fen = " + py::str(fen).cast<std::string>() +
                                          " does not fit in 64-bit fen");
                    }
                  },
                  py::arg("fen"), "Money from an exact count of fen.")
      .def_property_readonly("fen", &Money::fen, "The exact amount in fen (int).")
      .def_property_readonly("yuan", &Money::yuan,
                             "The amount in yuan as a float (for display and plots).")
      .def_property_readonly(
          "decimal",
          [](Money self) {
            return py::module_::import("decimal").attr("Decimal")(self.fen()).attr("scaleb")(-2);
          },
          "The exact amount in yuan as a decimal.Decimal.")
      .def("__add__", [](Money a, const py::object& b) { return a + money_from(b, "addend"); },
           py::is_operator())
      .def("__radd__", [](Money a, const py::object& b) { return money_from(b, "addend") + a; },
           py::is_operator())
      .def("__sub__",
           [](Money a, const py::object& b) { return a - money_from(b, "subtrahend"); },
           py::is_operator())
      .def("__rsub__",
           [](Money a, const py::object& b) { return money_from(b, "minuend") - a; },
           py::is_operator())
      .def("__neg__", [](Money a) { return -a; })
      .def("__pos__", [](Money a) { return a; })
      .def("__abs__", [](Money a) { return a.fen() < 0 ? -a : a; })
      .def("__bool__", [](Money a) { return a.fen() != 0; })
      .def("__mul__",
           [](Money a, const py::object& k) -> py::object {
             if (py::isinstance<py::int_>(k) && !py::isinstance<py::bool_>(k)) {
               try {
                 return py::cast(a * k.cast<std::int64_t>());
               } catch (const py::cast_error&) {
                 throw MoneyOverflow("multiplier does not fit in 64 bits");
               }
             }
             if (py::isinstance<py::float_>(k)) return py::cast(a.times(k.cast<double>()));
             return py::reinterpret_borrow<py::object>(Py_NotImplemented);
           },
           py::is_operator())
      .def("__rmul__",
           [](Money a, const py::object& k) -> py::object {
             return py::cast(a).attr("__mul__")(k);
           },
           py::is_operator())
      .def("__truediv__",
           [](Money a, const py::object& d) -> py::object {
             if (py::isinstance<Money>(d)) return py::cast(ratio(a, d.cast<Money>()));
             if (is_number(d)) return py::cast(a.divided_by(d.cast<double>()));
             return py::reinterpret_borrow<py::object>(Py_NotImplemented);
           },
           py::is_operator())
      .def("__eq__", [](Money a, const py::object& b) { return compare(a, b, "__eq__"); })
      .def("__ne__", [](Money a, const py::object& b) { return compare(a, b, "__ne__"); })
      .def("__lt__", [](Money a, const py::object& b) { return compare(a, b, "__lt__"); })
      .def("__le__", [](Money a, const py::object& b) { return compare(a, b, "__le__"); })
      .def("__gt__", [](Money a, const py::object& b) { return compare(a, b, "__gt__"); })
      .def("__ge__", [](Money a, const py::object& b) { return compare(a, b, "__ge__"); })
      // equal to hash(int) or hash(float) of an equal number, as Python requires
      .def("__hash__", [](Money a) { return py::hash(fraction_of(a)); })
      .def("__str__", &Money::to_string)
      .def("__repr__",
           [](Money a) {
             return "Money('" + py::str(py::cast(a).attr("decimal")).cast<std::string>() + "')";
           })
      .def("__format__",
           [](Money a, const std::string& spec) {
             if (spec.empty()) return a.to_string();
             return py::module_::import("builtins").attr("format")(py::float_(a.yuan()), spec).cast<std::string>();
           })
      .def(py::pickle([](Money a) { return py::make_tuple(a.fen()); },
                      [](const py::tuple& t) { return Money::from_fen(t[0].cast<std::int64_t>()); }));

  
  m.def("sum_money", [](const py::iterable& amounts) {
    Money total;
    for (const auto& a : amounts) total += money_from(a, "amount");
    return total;
  }, py::arg("amounts"), R"doc(
The exact sum of amounts (Money or yuan), checked for overflow.

Parameters
----------
amounts : iterable of Money or yuan
    The amounts.

Returns
-------
Money
    Their exact sum.

Raises
------
storeops.Error
    An element that is not an amount.
storeops.MoneyOverflowError
    A sum beyond 64-bit fen.

Examples
--------
>>> storeops.sum_money([1, "2.50", storeops.Money(3)])
Money('6.50')
)doc");
}

}  // namespace storeops::python
