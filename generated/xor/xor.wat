(module
 (type $0 (func))
 (type $1 (func (param v128) (result v128)))
 (type $2 (func (param v128 v128) (result v128)))
 (type $3 (func (param i32) (result i32)))
 (memory $0 1 1)
 (export "memory" (memory $0))
 (export "entry:xor" (func $xor))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
    )
    (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
   )
  )
  (local.set $2
   (f32x4.nearest
    (f32x4.mul
     (local.get $1)
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (local.set $3
   (f32x4.sub
    (f32x4.sub
     (local.get $1)
     (f32x4.mul
      (local.get $2)
      (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
     )
    )
    (f32x4.mul
     (local.get $2)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
             (local.get $3)
            )
            (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
           )
           (local.get $3)
          )
          (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
         )
         (local.get $3)
        )
        (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
       )
       (local.get $3)
      )
      (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.add
     (f32x4.mul
      (local.get $4)
      (f32x4.mul
       (local.get $3)
       (local.get $3)
      )
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $5
   (i32x4.trunc_sat_f32x4_s
    (local.get $2)
   )
  )
  (local.set $6
   (i32x4.shr_s
    (local.get $5)
    (i32.const 1)
   )
  )
  (f32x4.mul
   (f32x4.mul
    (local.get $4)
    (i32x4.shl
     (i32x4.add
      (local.get $6)
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $5)
      (local.get $6)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local.set $1
   (f32x4.lt
    (local.get $0)
    (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
   )
  )
  (local.set $2
   (v128.bitselect
    (f32x4.mul
     (local.get $0)
     (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
    )
    (local.get $0)
    (local.get $1)
   )
  )
  (local.set $3
   (i32x4.sub
    (i32x4.sub
     (i32x4.shr_u
      (local.get $2)
      (i32.const 23)
     )
     (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
    )
    (v128.and
     (local.get $1)
     (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
    )
   )
  )
  (local.set $4
   (v128.or
    (v128.and
     (local.get $2)
     (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $5
   (f32x4.lt
    (local.get $4)
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (i32x4.add
    (local.get $3)
    (local.get $5)
   )
  )
  (local.set $4
   (f32x4.sub
    (f32x4.add
     (local.get $4)
     (v128.and
      (local.get $4)
      (local.get $5)
     )
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $8
   (f32x4.convert_i32x4_s
    (local.get $3)
   )
  )
  (local.set $6
   (f32x4.mul
    (local.get $4)
    (local.get $4)
   )
  )
  (local.set $7
   (f32x4.mul
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                     (local.get $4)
                    )
                    (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                   )
                   (local.get $4)
                  )
                  (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                 )
                 (local.get $4)
                )
                (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
               )
               (local.get $4)
              )
              (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
             )
             (local.get $4)
            )
            (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
           )
           (local.get $4)
          )
          (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
         )
         (local.get $4)
        )
        (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
       )
       (local.get $4)
      )
      (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
     )
     (local.get $4)
    )
    (local.get $6)
   )
  )
  (local.set $7
   (f32x4.add
    (local.get $7)
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $7
   (f32x4.sub
    (local.get $7)
    (f32x4.mul
     (local.get $6)
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
   )
  )
  (local.set $9
   (f32x4.add
    (f32x4.add
     (local.get $4)
     (local.get $7)
    )
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
    (local.get $9)
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $9)
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (v128.bitselect
   (local.get $0)
   (local.get $9)
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $gf_tanh_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $1
   (f32x4.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $0)
    (local.get $0)
   )
  )
  (local.set $3
   (f32x4.add
    (f32x4.mul
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea)
              (local.get $2)
             )
             (v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d)
          )
          (local.get $2)
         )
         (v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99)
      )
      (local.get $2)
     )
     (local.get $0)
    )
    (local.get $0)
   )
  )
  (local.set $4
   (f32x4.sub
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    (f32x4.div
     (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
     (f32x4.add
      (call $gf_exp_f32x4
       (f32x4.add
        (local.get $1)
        (local.get $1)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
   )
  )
  (v128.or
   (v128.bitselect
    (local.get $3)
    (local.get $4)
    (f32x4.lt
     (local.get $1)
     (v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000)
    )
   )
   (v128.and
    (local.get $0)
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
   )
  )
 )
 (func $gf_erf_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000)
    )
    (v128.const i32x4 0xc0800000 0xc0800000 0xc0800000 0xc0800000)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $1)
    (local.get $1)
   )
  )
  (f32x4.div
   (f32x4.mul
    (local.get $1)
    (f32x4.add
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (v128.const i32x4 0xaf95df0b 0xaf95df0b 0xaf95df0b 0xaf95df0b)
                (local.get $2)
               )
               (v128.const i32x4 0x32edffee 0x32edffee 0x32edffee 0x32edffee)
              )
              (local.get $2)
             )
             (v128.const i32x4 0xb60cff51 0xb60cff51 0xb60cff51 0xb60cff51)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2)
          )
          (local.get $2)
         )
         (v128.const i32x4 0xba40ac63 0xba40ac63 0xba40ac63 0xba40ac63)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6)
      )
      (local.get $2)
     )
     (v128.const i32x4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4)
    )
   )
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (v128.const i32x4 0xb77460cd 0xb77460cd 0xb77460cd 0xb77460cd)
           (local.get $2)
          )
          (v128.const i32x4 0xb95fbd29 0xb95fbd29 0xb95fbd29 0xb95fbd29)
         )
         (local.get $2)
        )
        (v128.const i32x4 0xbadc924e 0xbadc924e 0xbadc924e 0xbadc924e)
       )
       (local.get $2)
      )
      (v128.const i32x4 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8)
     )
     (local.get $2)
    )
    (v128.const i32x4 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7)
   )
  )
 )
 (func $gf_pow_f32x4 (param $0 v128) (param $1 v128) (result v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $2
   (call $gf_exp_f32x4
    (f32x4.mul
     (local.get $1)
     (call $gf_log_f32x4
      (f32x4.abs
       (local.get $0)
      )
     )
    )
   )
  )
  (local.set $3
   (f32x4.eq
    (f32x4.trunc
     (local.get $1)
    )
    (local.get $1)
   )
  )
  (local.set $4
   (v128.and
    (v128.and
     (local.get $3)
     (f32x4.lt
      (f32x4.abs
       (local.get $1)
      )
      (v128.const i32x4 0x4b800000 0x4b800000 0x4b800000 0x4b800000)
     )
    )
    (i32x4.ne
     (v128.and
      (i32x4.trunc_sat_f32x4_s
       (local.get $1)
      )
      (v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $2
   (v128.or
    (local.get $2)
    (v128.and
     (v128.and
      (local.get $0)
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
     )
     (local.get $4)
    )
   )
  )
  (local.set $2
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $2)
    (v128.andnot
     (v128.and
      (f32x4.lt
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (f32x4.ne
       (local.get $0)
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
     )
     (local.get $3)
    )
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   (local.get $2)
   (f32x4.eq
    (local.get $1)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
 )
 (func $gf_mix32 (param $0 i32) (result i32)
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const 2146121005)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const -2073254261)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $gf_mix32_i32x4 (param $0 v128) (result v128)
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x7feb352d 0x7feb352d 0x7feb352d 0x7feb352d)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x846ca68b 0x846ca68b 0x846ca68b 0x846ca68b)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $k0_hidden_matmul_add_mul_tanh_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 i32)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 v128)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 i32)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 v128)
  (local $73 v128)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 v128)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 v128)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 v128)
  (local $101 v128)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 v128)
  (local $112 v128)
  (local $113 v128)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 i32)
  (local $120 i32)
  (local $121 i32)
  (local $122 v128)
  (local $123 v128)
  (local $124 v128)
  (local $125 v128)
  (local $126 v128)
  (local $127 v128)
  (local $128 v128)
  (local $129 i32)
  (local $130 i32)
  (local $131 i32)
  (local $132 i32)
  (local $133 v128)
  (local $134 v128)
  (local $135 v128)
  (local $136 v128)
  (local $137 v128)
  (local $138 v128)
  (local $139 v128)
  (local $140 i32)
  (local $141 i32)
  (local $142 i32)
  (local $143 i32)
  (local $144 v128)
  (local $145 v128)
  (local $146 v128)
  (local $147 v128)
  (local $148 v128)
  (local $149 v128)
  (local.set $1
   (i32.const 0)
  )
  (local.set $2
   (i32.const 0)
  )
  (nop)
  (local.set $0
   (i32.const 0)
  )
  (block
   (local.set $3
    (i32.mul
     (local.get $0)
     (i32.const 8)
    )
   )
   (local.set $4
    (local.get $2)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $11
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (i32.add
     (local.get $4)
     (i32.const 16)
    )
   )
   (loop $k4
    (local.set $15
     (v128.load64_zero align=4
      (local.get $4)
     )
    )
    (local.set $17
     (v128.load32_splat offset=64
      (local.get $3)
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (local.get $17)
       (local.get $15)
      )
     )
    )
    (local.set $17
     (v128.load32_splat offset=72
      (local.get $3)
     )
    )
    (local.set $9
     (f32x4.add
      (local.get $9)
      (f32x4.mul
       (local.get $17)
       (local.get $15)
      )
     )
    )
    (local.set $17
     (v128.load32_splat offset=80
      (local.get $3)
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $17)
       (local.get $15)
      )
     )
    )
    (local.set $17
     (v128.load32_splat offset=88
      (local.get $3)
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $17)
       (local.get $15)
      )
     )
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 4)
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 8)
     )
    )
    (br_if $k4
     (i32.ne
      (local.get $4)
      (local.get $5)
     )
    )
   )
   (local.set $6
    (i32.add
     (i32.mul
      (local.get $0)
      (i32.const 8)
     )
     (i32.shl
      (local.get $1)
      (i32.const 2)
     )
    )
   )
   (local.set $7
    (block (result v128)
     (local.set $106
      (local.get $7)
     )
     (local.set $107
      (local.get $0)
     )
     (local.set $108
      (local.get $1)
     )
     (local.set $109
      (i32.add
       (i32.mul
        (local.get $107)
        (i32.const 2)
       )
       (local.get $108)
      )
     )
     (local.set $110
      (local.get $108)
     )
     (local.set $111
      (v128.load offset=16 align=4
       (i32.shl
        (local.get $110)
        (i32.const 2)
       )
      )
     )
     (local.set $112
      (f32x4.add
       (local.get $106)
       (local.get $111)
      )
     )
     (local.set $113
      (f32x4.mul
       (local.get $112)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $114
      (call $gf_tanh_f32x4
       (local.get $113)
      )
     )
     (local.set $115
      (f32x4.mul
       (local.get $114)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $116
      (f32x4.add
       (local.get $115)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.get $116)
    )
   )
   (v128.store64_lane offset=112 align=4 0
    (local.get $6)
    (local.get $7)
   )
   (local.set $9
    (block (result v128)
     (local.set $117
      (local.get $9)
     )
     (local.set $118
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (local.set $119
      (local.get $1)
     )
     (local.set $120
      (i32.add
       (i32.mul
        (local.get $118)
        (i32.const 2)
       )
       (local.get $119)
      )
     )
     (local.set $121
      (local.get $119)
     )
     (local.set $122
      (v128.load offset=16 align=4
       (i32.shl
        (local.get $121)
        (i32.const 2)
       )
      )
     )
     (local.set $123
      (f32x4.add
       (local.get $117)
       (local.get $122)
      )
     )
     (local.set $124
      (f32x4.mul
       (local.get $123)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $125
      (call $gf_tanh_f32x4
       (local.get $124)
      )
     )
     (local.set $126
      (f32x4.mul
       (local.get $125)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $127
      (f32x4.add
       (local.get $126)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.get $127)
    )
   )
   (v128.store64_lane offset=120 align=4 0
    (local.get $6)
    (local.get $9)
   )
   (local.set $11
    (block (result v128)
     (local.set $128
      (local.get $11)
     )
     (local.set $129
      (i32.add
       (local.get $0)
       (i32.const 2)
      )
     )
     (local.set $130
      (local.get $1)
     )
     (local.set $131
      (i32.add
       (i32.mul
        (local.get $129)
        (i32.const 2)
       )
       (local.get $130)
      )
     )
     (local.set $132
      (local.get $130)
     )
     (local.set $133
      (v128.load offset=16 align=4
       (i32.shl
        (local.get $132)
        (i32.const 2)
       )
      )
     )
     (local.set $134
      (f32x4.add
       (local.get $128)
       (local.get $133)
      )
     )
     (local.set $135
      (f32x4.mul
       (local.get $134)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $136
      (call $gf_tanh_f32x4
       (local.get $135)
      )
     )
     (local.set $137
      (f32x4.mul
       (local.get $136)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $138
      (f32x4.add
       (local.get $137)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.get $138)
    )
   )
   (v128.store64_lane offset=128 align=4 0
    (local.get $6)
    (local.get $11)
   )
   (local.set $13
    (block (result v128)
     (local.set $139
      (local.get $13)
     )
     (local.set $140
      (i32.add
       (local.get $0)
       (i32.const 3)
      )
     )
     (local.set $141
      (local.get $1)
     )
     (local.set $142
      (i32.add
       (i32.mul
        (local.get $140)
        (i32.const 2)
       )
       (local.get $141)
      )
     )
     (local.set $143
      (local.get $141)
     )
     (local.set $144
      (v128.load offset=16 align=4
       (i32.shl
        (local.get $143)
        (i32.const 2)
       )
      )
     )
     (local.set $145
      (f32x4.add
       (local.get $139)
       (local.get $144)
      )
     )
     (local.set $146
      (f32x4.mul
       (local.get $145)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $147
      (call $gf_tanh_f32x4
       (local.get $146)
      )
     )
     (local.set $148
      (f32x4.mul
       (local.get $147)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $149
      (f32x4.add
       (local.get $148)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.get $149)
    )
   )
   (v128.store64_lane offset=136 align=4 0
    (local.get $6)
    (local.get $13)
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 4)
    )
   )
  )
 )
 (func $k0_hidden_matmul_add_mul_tanh
  (call $k0_hidden_matmul_add_mul_tanh_gemm)
 )
 (func $k1_out_matmul_add_mul_tanh_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 v128)
  (local $63 v128)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 i32)
  (local $70 i32)
  (local $71 i32)
  (local $72 v128)
  (local $73 v128)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 v128)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 v128)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 i32)
  (local $90 i32)
  (local $91 i32)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 v128)
  (local $96 v128)
  (local $97 v128)
  (local $98 v128)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 v128)
  (local $108 v128)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 v128)
  (local $113 v128)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 v128)
  (local $119 i32)
  (local $120 i32)
  (local $121 i32)
  (local $122 v128)
  (local $123 v128)
  (local $124 v128)
  (local $125 v128)
  (local $126 v128)
  (local $127 v128)
  (local $128 v128)
  (local $129 i32)
  (local $130 i32)
  (local $131 i32)
  (local $132 v128)
  (local $133 v128)
  (local $134 v128)
  (local $135 v128)
  (local $136 v128)
  (local $137 v128)
  (local.set $1
   (i32.const 0)
  )
  (local.set $2
   (i32.const 0)
  )
  (nop)
  (local.set $0
   (i32.const 0)
  )
  (block
   (local.set $3
    (i32.mul
     (local.get $0)
     (i32.const 8)
    )
   )
   (local.set $4
    (local.get $2)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $11
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (i32.add
     (local.get $4)
     (i32.const 8)
    )
   )
   (loop $k4
    (local.set $15
     (v128.load32_zero offset=32
      (local.get $4)
     )
    )
    (local.set $17
     (v128.load32_splat offset=112
      (local.get $3)
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (local.get $17)
       (local.get $15)
      )
     )
    )
    (local.set $17
     (v128.load32_splat offset=120
      (local.get $3)
     )
    )
    (local.set $9
     (f32x4.add
      (local.get $9)
      (f32x4.mul
       (local.get $17)
       (local.get $15)
      )
     )
    )
    (local.set $17
     (v128.load32_splat offset=128
      (local.get $3)
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $17)
       (local.get $15)
      )
     )
    )
    (local.set $17
     (v128.load32_splat offset=136
      (local.get $3)
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $17)
       (local.get $15)
      )
     )
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 4)
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 4)
     )
    )
    (br_if $k4
     (i32.ne
      (local.get $4)
      (local.get $5)
     )
    )
   )
   (local.set $6
    (i32.add
     (i32.mul
      (local.get $0)
      (i32.const 4)
     )
     (i32.shl
      (local.get $1)
      (i32.const 2)
     )
    )
   )
   (local.set $7
    (block (result v128)
     (local.set $98
      (local.get $7)
     )
     (local.set $99
      (local.get $0)
     )
     (local.set $100
      (local.get $1)
     )
     (local.set $101
      (i32.add
       (local.get $99)
       (local.get $100)
      )
     )
     (local.set $102
      (v128.load32_splat offset=48
       (i32.const 0)
      )
     )
     (local.set $103
      (f32x4.add
       (local.get $98)
       (local.get $102)
      )
     )
     (local.set $104
      (f32x4.mul
       (local.get $103)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $105
      (call $gf_tanh_f32x4
       (local.get $104)
      )
     )
     (local.set $106
      (f32x4.mul
       (local.get $105)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $107
      (f32x4.add
       (local.get $106)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.store32_lane offset=64 0
      (i32.shl
       (local.get $101)
       (i32.const 2)
      )
      (local.get $103)
     )
     (local.get $107)
    )
   )
   (v128.store32_lane offset=80 0
    (local.get $6)
    (local.get $7)
   )
   (local.set $9
    (block (result v128)
     (local.set $108
      (local.get $9)
     )
     (local.set $109
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (local.set $110
      (local.get $1)
     )
     (local.set $111
      (i32.add
       (local.get $109)
       (local.get $110)
      )
     )
     (local.set $112
      (v128.load32_splat offset=48
       (i32.const 0)
      )
     )
     (local.set $113
      (f32x4.add
       (local.get $108)
       (local.get $112)
      )
     )
     (local.set $114
      (f32x4.mul
       (local.get $113)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $115
      (call $gf_tanh_f32x4
       (local.get $114)
      )
     )
     (local.set $116
      (f32x4.mul
       (local.get $115)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $117
      (f32x4.add
       (local.get $116)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.store32_lane offset=64 0
      (i32.shl
       (local.get $111)
       (i32.const 2)
      )
      (local.get $113)
     )
     (local.get $117)
    )
   )
   (v128.store32_lane offset=84 0
    (local.get $6)
    (local.get $9)
   )
   (local.set $11
    (block (result v128)
     (local.set $118
      (local.get $11)
     )
     (local.set $119
      (i32.add
       (local.get $0)
       (i32.const 2)
      )
     )
     (local.set $120
      (local.get $1)
     )
     (local.set $121
      (i32.add
       (local.get $119)
       (local.get $120)
      )
     )
     (local.set $122
      (v128.load32_splat offset=48
       (i32.const 0)
      )
     )
     (local.set $123
      (f32x4.add
       (local.get $118)
       (local.get $122)
      )
     )
     (local.set $124
      (f32x4.mul
       (local.get $123)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $125
      (call $gf_tanh_f32x4
       (local.get $124)
      )
     )
     (local.set $126
      (f32x4.mul
       (local.get $125)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $127
      (f32x4.add
       (local.get $126)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.store32_lane offset=64 0
      (i32.shl
       (local.get $121)
       (i32.const 2)
      )
      (local.get $123)
     )
     (local.get $127)
    )
   )
   (v128.store32_lane offset=88 0
    (local.get $6)
    (local.get $11)
   )
   (local.set $13
    (block (result v128)
     (local.set $128
      (local.get $13)
     )
     (local.set $129
      (i32.add
       (local.get $0)
       (i32.const 3)
      )
     )
     (local.set $130
      (local.get $1)
     )
     (local.set $131
      (i32.add
       (local.get $129)
       (local.get $130)
      )
     )
     (local.set $132
      (v128.load32_splat offset=48
       (i32.const 0)
      )
     )
     (local.set $133
      (f32x4.add
       (local.get $128)
       (local.get $132)
      )
     )
     (local.set $134
      (f32x4.mul
       (local.get $133)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $135
      (call $gf_tanh_f32x4
       (local.get $134)
      )
     )
     (local.set $136
      (f32x4.mul
       (local.get $135)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (local.set $137
      (f32x4.add
       (local.get $136)
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.store32_lane offset=64 0
      (i32.shl
       (local.get $131)
       (i32.const 2)
      )
      (local.get $133)
     )
     (local.get $137)
    )
   )
   (v128.store32_lane offset=92 0
    (local.get $6)
    (local.get $13)
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 4)
    )
   )
  )
 )
 (func $k1_out_matmul_add_mul_tanh
  (call $k1_out_matmul_add_mul_tanh_gemm)
 )
 (func $k2_abs_add_mul_5more
  (local $0 i32)
  (local $1 f32)
  (local $2 f32)
  (local $3 i32)
  (local $4 f32)
  (local $5 f32)
  (local $6 f32)
  (local $7 f32)
  (local $8 f32)
  (local $9 f32)
  (local $10 f32)
  (local $11 f32)
  (local $12 f32)
  (local $13 f32)
  (local $14 f32)
  (local $15 f32)
  (local $16 f32)
  (local $17 i32)
  (block
   (local.set $0
    (i32.const 0)
   )
   (loop $for0
    (local.set $1
     (f32.const 0)
    )
    (local.set $3
     (local.get $0)
    )
    (local.set $4
     (f32.load offset=64
      (i32.shl
       (local.get $3)
       (i32.const 2)
      )
     )
    )
    (local.set $5
     (f32.abs
      (local.get $4)
     )
    )
    (local.set $6
     (f32.add
      (local.get $4)
      (local.get $5)
     )
    )
    (local.set $7
     (f32.mul
      (local.get $6)
      (f32.const 0.5)
     )
    )
    (local.set $8
     (f32.abs
      (local.get $4)
     )
    )
    (local.set $9
     (f32.neg
      (local.get $8)
     )
    )
    (local.set $10
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (local.get $9)
       )
      )
     )
    )
    (local.set $11
     (f32.add
      (local.get $10)
      (f32.const 1)
     )
    )
    (local.set $12
     (f32x4.extract_lane 0
      (call $gf_log_f32x4
       (f32x4.splat
        (local.get $11)
       )
      )
     )
    )
    (local.set $13
     (f32.add
      (local.get $7)
      (local.get $12)
     )
    )
    (local.set $14
     (f32.load offset=96
      (i32.shl
       (local.get $3)
       (i32.const 2)
      )
     )
    )
    (local.set $15
     (f32.mul
      (local.get $4)
      (local.get $14)
     )
    )
    (local.set $16
     (f32.sub
      (local.get $13)
      (local.get $15)
     )
    )
    (local.set $1
     (f32.add
      (local.get $1)
      (local.get $16)
     )
    )
    (local.set $17
     (local.get $0)
    )
    (f32.store offset=112
     (i32.shl
      (local.get $17)
      (i32.const 2)
     )
     (local.get $1)
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $0)
      (i32.const 4)
     )
    )
   )
  )
 )
 (func $k3_reduceSum_div
  (local $0 f32)
  (local $1 f32)
  (local $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 f32)
  (local.set $0
   (f32.const 0)
  )
  (block
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $3
     (local.get $2)
    )
    (local.set $4
     (f32.load offset=112
      (i32.shl
       (local.get $3)
       (i32.const 2)
      )
     )
    )
    (local.set $0
     (f32.add
      (local.get $0)
      (local.get $4)
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $2)
      (i32.const 4)
     )
    )
   )
  )
  (local.set $5
   (f32.div
    (local.get $0)
    (f32.const 4)
   )
  )
  (f32.store offset=96
   (i32.const 0)
   (local.get $5)
  )
 )
 (func $xor
  (call $k0_hidden_matmul_add_mul_tanh)
  (call $k1_out_matmul_add_mul_tanh)
  (call $k2_abs_add_mul_5more)
  (call $k3_reduceSum_div)
  (nop)
 )
)
