#pragma once
// What every register_<area>.cpp needs: pybind11, the library, and the conversions that are
// the same in every area (dates, money from plain numbers).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <chrono>
#include <sstream>
#include <storeops/storeops.hpp>
#include <string>

namespace py = pybind11;

namespace storeops::python {

void register_money(py::module_& m);
void register_funnel(py::module_& m);
void register_credit(py::module_& m);
void register_report(py::module_& m);

/// A datetime.date as days since 1970-01-01, through the proleptic Gregorian ordinal:
/// exact, and free of the local-time conversions that pybind11/chrono.h makes.
inline std::chrono::sys_days to_sys_days(const py::handle& date, const char* field) {
  if (!py::hasattr(date, "toordinal"))
    throw Error(std::string(field) + " must be a datetime.date, got " +
                py::repr(date).cast<std::string>());
  const long ordinal = date.attr("toordinal")().cast<long>();
  return std::chrono::sys_days(std::chrono::days(ordinal - 719163));  // 719163 = 1970-01-01
}

inline py::object to_date(std::chrono::sys_days day) {
  const long ordinal = day.time_since_epoch().count() + 719163L;
  return py::module_::import("datetime").attr("date").attr("fromordinal")(ordinal);
}

/// The text operator<< gives, for __repr__ and __str__.
template <class T>
std::string to_text(const T& value) {
  std::ostringstream os;
  os << value;
  return os.str();
}

}  // namespace storeops::python
